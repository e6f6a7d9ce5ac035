import { useRef, useState } from 'react';

/**
 * An id shown as text, with a button that copies it (for embeds: the `node`/`edge` attribute, `select(id)`, the
 * iframe's messages). Where the clipboard is refused (a page served over plain http), the id is selected instead.
 */
export function CopyableId({ id }: { id: string }) {
  const code = useRef<HTMLElement>(null);
  // Which id the status speaks of, so a new selection never shows the last one's "Copied".
  const [status, setStatus] = useState<{ id: string; text: string } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      setStatus({ id, text: 'Copied' });
    } catch {
      if (code.current) window.getSelection()?.selectAllChildren(code.current);
      setStatus({ id, text: 'Selected: press Ctrl+C (⌘C on a Mac) to copy' });
    }
  };
  return (
    <p className="copyable-id">
      Id: <code ref={code}>{id}</code>{' '}
      <button type="button" className="text-button" aria-label={`Copy id ${id}`} onClick={() => void copy()}>
        Copy
      </button>{' '}
      <span role="status" className="muted">
        {status?.id === id ? status.text : ''}
      </span>
    </p>
  );
}
