import { useId, useState } from 'react';
import { textTooLong } from '../../model/studio/fieldLimits';
import { useExplorerStore } from '../../store/ExplorerStoreContext';

/**
 * A text field that changes the story when the curator leaves it or presses Enter, so one edit is one undo
 * step (not one per keystroke). Shows the story's current value whenever it changes underneath (undo).
 * A value over its limit is never cut: the field says how far over it is as the curator types, and keeps the
 * text (and says why, aloud) when it is left, until it fits.
 */
export function CommitField({
  label,
  value,
  onCommit,
  multiline = false,
  list,
  clearAfter = false,
  required = false,
  limit,
  check,
}: {
  label: string;
  value: string;
  /** Makes the edit; `false` when the edit was refused (the text stays in the field). */
  onCommit: (value: string) => unknown;
  multiline?: boolean;
  list?: string;
  /** An "add" field (a new note): empty again once its text is taken. */
  clearAfter?: boolean;
  /** A field that may not be emptied: an empty entry goes back to the story's value. */
  required?: boolean;
  /** The most characters the story format allows here. */
  limit?: number;
  /** Why this value cannot be kept (beyond its length), or null. */
  check?: (value: string) => string | null;
}) {
  const id = useId();
  const refuseEdit = useExplorerStore((s) => s.refuseEdit);
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The story changed underneath (undo, another field): show it.
    setShown(value);
    setDraft(value);
  }
  const problem = (limit === undefined ? null : textTooLong(draft, limit)) ?? check?.(draft) ?? null;
  const commit = () => {
    if (draft === value) return;
    if (required && !draft.trim()) {
      setDraft(value);
      return;
    }
    if (problem) {
      refuseEdit(`Not changed: ${label}: ${problem}`);
      return;
    }
    if (onCommit(draft) !== false && clearAfter) setDraft('');
  };
  const common = {
    id,
    value: draft,
    onBlur: commit,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
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
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
