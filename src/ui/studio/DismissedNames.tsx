import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** The names the curator dismissed (kept with the story), to look at and offer again. */
export function DismissedNames({ names, onRestore }: { names: readonly string[]; onRestore: (name: string) => void }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  if (names.length === 0) return null;
  return (
    <div className="dismissed-names">
      <button ref={toggle} type="button" className="text-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Dismissed names ({names.length})
      </button>
      {open && (
        <ul className="finder-list">
          {names.map((name) => (
            <li key={name}>
              {name}{' '}
              <button type="button" className="text-button" onClick={(event) => {
                  // The button goes with the name: focus stays in the panel, on the list's button or its heading.
                  const heading = event.currentTarget.closest('.finder')?.querySelector<HTMLElement>('h3');
                  flushSync(() => onRestore(name));
                  (toggle.current?.isConnected ? toggle.current : heading)?.focus();
                }}>
                Restore<span className="visually-hidden"> {name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
