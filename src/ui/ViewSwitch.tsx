import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectView } from '../store/selectors';
import { preloadGraphList } from './LazyGraphList';

/** Switches the main area between the drawn graph and its list twin. */
export function ViewSwitch() {
  const view = useExplorerStore(selectView);
  const setView = useExplorerStore((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'graph'} onClick={() => setView('graph')}>
        Graph
      </button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')} onFocus={() => void preloadGraphList()} onPointerEnter={() => void preloadGraphList()}>
        List
      </button>
    </div>
  );
}
