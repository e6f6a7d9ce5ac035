import { useEffect, useId, useRef } from 'react';

/** One draft as the list shows it (see app/drafts/draftTypes). */
export interface DraftListItem {
  key: string;
  storyId: string;
  title: string;
  savedAt: number;
  /** Why it could not be opened, for a draft set aside. */
  unreadable?: string;
}

export interface DraftsDialogProps {
  drafts: readonly DraftListItem[];
  /** The draft open in this tab, if any. */
  currentKey: string | null;
  /** What the last action said (a draft that could not be repaired, one discarded). */
  message: string;
  onOpen: (key: string) => void;
  onDownload: (key: string) => void;
  onDiscard: (key: string) => void;
  onRepair: (key: string) => void;
  onClose: () => void;
}

const hidden = (text: string) => <span className="visually-hidden"> {text}</span>;

/**
 * "Drafts": every draft kept in this browser, with its story and when it last changed: open one, download it as a
 * file, or discard it (after confirming). A draft set aside because it could not be opened says why, and offers
 * its file and a repaired copy instead.
 */
export function DraftsDialog({ drafts, currentKey, message, onOpen, onDownload, onDiscard, onRepair, onClose }: DraftsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} className="embed-dialog drafts-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Drafts in this browser</h2>
      {drafts.length === 0 ? (
        <p className="muted">No drafts yet. Edit a story, or start a new one, and it is saved here as you work.</p>
      ) : (
        <ul className="drafts-list">
          {drafts.map((draft) => {
            const name = `“${draft.title}”`;
            return (
              <li key={draft.key} className={draft.unreadable ? 'draft-item is-set-aside' : 'draft-item'}>
                <p className="draft-title">
                  <strong>{draft.title}</strong> {draft.key === currentKey && <span className="draft-tag">open here</span>}
                </p>
                <p className="muted">
                  Story <code>{draft.storyId || '?'}</code> · last change {draft.savedAt ? new Date(draft.savedAt).toLocaleString() : 'unknown'}
                </p>
                {draft.unreadable && <p className="draft-problem">Set aside, as it could not be opened. {draft.unreadable} Nothing in it is lost: download it, or open a repaired copy.</p>}
                <div className="draft-actions">
                  {draft.unreadable ? (
                    <button type="button" className="chip" onClick={() => onRepair(draft.key)}>
                      Open a repaired copy{hidden(`of ${name}`)}
                    </button>
                  ) : (
                    draft.key !== currentKey && (
                      <button type="button" className="chip" onClick={() => onOpen(draft.key)}>
                        Open{hidden(name)}
                      </button>
                    )
                  )}
                  <button type="button" className="chip" onClick={() => onDownload(draft.key)}>
                    Download{hidden(name)}
                  </button>
                  <button type="button" className="chip danger" onClick={() => onDiscard(draft.key)}>
                    Discard{hidden(name)}…
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="muted">
        {message}
      </p>
      <div className="dialog-actions">
        <button type="button" className="chip" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
