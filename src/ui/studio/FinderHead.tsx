/** A suggestion list's head: its heading, the button that opens it (the work starts then), what was last done, and "Finding…". */
export function FinderHead({ title, noun, open, onToggle, said, finding }: { title: string; noun: string; open: boolean; onToggle: () => void; said: string; finding: boolean }) {
  return (
    <>
      <h3 tabIndex={-1}>{title}</h3>
      <button type="button" className="chip" aria-expanded={open} onClick={onToggle}>
        {open ? `Hide ${title.toLowerCase()}` : `Suggest ${noun}`}
      </button>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {open && finding && (
        <p className="muted" role="status">
          Finding {noun}…
        </p>
      )}
    </>
  );
}
