import { useId, useRef, useState } from 'react';
import type { OpenRequest } from './openRequest';
import { useMenuDismissal } from './useMenuDismissal';

/** "Open": a story file from this computer (or dropped on the page), a story at a URL, or a draft kept in this browser. */
export function OpenStoryMenu({ onOpen, onShowDrafts }: { onOpen: (request: OpenRequest) => void; onShowDrafts?: () => void }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const urlId = useId();
  const dismissal = useMenuDismissal(menu);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  return (
    <details className="export-menu open-menu" ref={menu} {...dismissal}>
      <summary className="topbar-button">Open</summary>
      <div className="export-items">
        <button type="button" onClick={() => fileInput.current?.click()}>
          A story file from this computer…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          // Out of the accessibility tree too (the button above is the one way to it): a visually hidden input was a
          // second, unlabelled-looking "Choose file" button to screen readers.
          hidden
          aria-label="Story file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) {
              close();
              onOpen({ kind: 'file', file });
            }
          }}
        />
        <form
          className="open-url"
          onSubmit={(event) => {
            event.preventDefault();
            if (!url.trim()) return;
            close();
            onOpen({ kind: 'url', url: url.trim() });
          }}
        >
          <label htmlFor={urlId}>Or a story at a web address</label>
          <input id={urlId} type="url" placeholder="https://…/story.json" value={url} onChange={(e) => setUrl(e.target.value)} />
          <button type="submit" className="chip">
            Open
          </button>
        </form>
        <p className="muted open-hint">You can also drop a story file anywhere on the page.</p>
        {onShowDrafts && (
          <button
            type="button"
            aria-haspopup="dialog"
            onClick={() => {
              close();
              onShowDrafts();
            }}
          >
            Drafts in this browser…
          </button>
        )}
      </div>
    </details>
  );
}
