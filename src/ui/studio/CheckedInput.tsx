import type { Ref } from 'react';

/**
 * A text input that says why its value cannot be used (a limit of the story format) right under it, tied to it
 * as its description, instead of cutting what was typed or pasted.
 */
export function CheckedInput({
  id,
  value,
  problem,
  onChange,
  inputRef,
  type = 'text',
  list,
  placeholder,
}: {
  id: string;
  value: string;
  problem: string | null;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  type?: 'text' | 'url' | 'date';
  /** A <datalist> of values to offer. */
  list?: string;
  placeholder?: string;
}) {
  return (
    <>
      <input
        ref={inputRef}
        id={id}
        type={type}
        value={value}
        list={list}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </>
  );
}
