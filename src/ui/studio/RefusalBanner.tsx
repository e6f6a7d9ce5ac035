import { useExplorerStore } from '../../store/ExplorerStoreContext';

/**
 * Says, aloud and at the top of the page, why the studio refused an edit (a limit of the story format), so an edit
 * made from the article, the graph or a panel out of view is never refused silently.
 */
export function RefusalBanner() {
  const refusal = useExplorerStore((s) => (s.editing ? s.refusal : null));
  const dismiss = useExplorerStore((s) => s.dismissRefusal);
  return (
    <div role="alert" className="notice-region">
      {refusal && (
        <div className="notice refusal">
          <span>{refusal}</span>
          <button type="button" className="text-button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
