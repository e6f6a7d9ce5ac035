import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectNotice } from '../store/selectors';

/** A short, dismissible notice, e.g. when a shared link names something this story does not have. */
export function NoticeBanner() {
  const notice = useExplorerStore(selectNotice);
  const dismiss = useExplorerStore((s) => s.dismissNotice);
  return (
    <div role="status" className="notice-region">
      {notice && (
        <div className="notice">
          <span>{notice}</span>
          <button type="button" className="text-button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
