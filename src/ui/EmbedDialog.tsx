import { lazy, Suspense, useId, useRef, useState } from 'react';

// Loaded on the first open: the snippets, the id picker and the code that writes them.
const EmbedSnippets = lazy(() => import('./EmbedSnippets').then((module) => ({ default: module.EmbedSnippets })));

/** Where this explorer is served from and which story file it shows, for building embed snippets. */
export interface EmbedSource {
  appBase: string;
  scriptUrl: string;
  storyUrl: string;
  defaultStoryUrl: string;
}

/** "Embed": both snippets for the current view (selection and tour step), ready to copy. */
export function EmbedDialog({ source }: { source: EmbedSource }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const close = () => {
    dialog.current?.close();
    setOpen(false);
  };
  return (
    <>
      <button
        type="button"
        className="topbar-button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal?.();
        }}
      >
        Embed
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        {open && (
          <>
            <h2 id={titleId}>Embed this graph</h2>
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <EmbedSnippets source={source} />
            </Suspense>
            <div className="dialog-actions">
              <button type="button" className="chip" onClick={close}>
                Close
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
