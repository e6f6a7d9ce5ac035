import { useId, useState } from 'react';

/**
 * A text field that changes the story when the curator leaves it or presses Enter, so one edit is one undo
 * step (not one per keystroke). Shows the story's current value whenever it changes underneath (undo).
 */
export function CommitField({
  label,
  value,
  onCommit,
  multiline = false,
  list,
  clearAfter = false,
  required = false,
  maxLength,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  list?: string;
  /** An "add" field (a new note): empty again once its text is taken. */
  clearAfter?: boolean;
  /** A field that may not be emptied: an empty entry goes back to the story's value. */
  required?: boolean;
  maxLength?: number;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The story changed underneath (undo, another field): show it.
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft === value) return;
    if (required && !draft.trim()) {
      setDraft(value);
      return;
    }
    onCommit(draft);
    if (clearAfter) setDraft('');
  };
  const common = {
    id,
    value: draft,
    maxLength,
    onBlur: commit,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
  };
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} />
      ) : (
        <input
          {...common}
          list={list}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            }
          }}
        />
      )}
    </div>
  );
}
