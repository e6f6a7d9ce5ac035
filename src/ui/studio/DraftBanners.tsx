/** What the page says when the draft edited here cannot be saved as it is. */
export type DraftTrouble = { kind: 'conflict' } | { kind: 'discarded' } | { kind: 'error'; message: string } | null;

/**
 * Saving paused because another tab saved this draft (choose whose version to keep) or discarded it (save it
 * again here, or discard it here too); or the browser refused to save it.
 */
export function DraftBanners({ trouble, onKeepMine, onTakeTheirs, onDiscardHere }: { trouble: DraftTrouble; onKeepMine: () => void; onTakeTheirs: () => void; onDiscardHere: () => void }) {
  if (!trouble) return null;
  if (trouble.kind === 'error') {
    return (
      <div className="draft-banner" role="alert">
        Your draft could not be saved in this browser ({trouble.message}). Export the story file (Export → Story file) to keep your work.
      </div>
    );
  }
  if (trouble.kind === 'discarded') {
    return (
      <div className="draft-banner" role="alert">
        <span>This draft was discarded in another tab. Your edits here are not saved until you choose.</span>
        <button type="button" className="chip" onClick={onKeepMine}>
          Save it again here
        </button>
        <button type="button" className="chip" onClick={onDiscardHere}>
          Discard it here too
        </button>
      </div>
    );
  }
  return (
    <div className="draft-banner" role="alert">
      <span>This draft was just saved in another tab. Saving here is paused until you choose which version to keep.</span>
      <button type="button" className="chip" onClick={onTakeTheirs}>
        Load the other tab’s version
      </button>
      <button type="button" className="chip" onClick={onKeepMine}>
        Keep this tab’s version
      </button>
    </div>
  );
}
