import { useEffect, useRef } from 'react';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex, selectSelection } from '../store/selectors';
import { EdgeDetails } from './EdgeDetails';
import { FocusOverview } from './FocusOverview';
import { NodeDetails } from './NodeDetails';
import { StoryOverview } from './StoryOverview';

/** The panel for the current selection; its content is derived from the selected id alone. */
export function DetailsPanel() {
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const focusIds = useExplorerStore((s) => s.focusIds);
  const scroller = useRef<HTMLElement>(null);
  useEffect(() => {
    scroller.current?.scrollTo?.({ top: 0 });
  }, [selection]);
  const node = selection?.kind === 'node' ? index.nodes.get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? index.edges.get(selection.id) : undefined;
  return (
    <section className="panel details-panel" aria-label="Details" ref={scroller} tabIndex={0}>
      {node ? <NodeDetails node={node} /> : edge ? <EdgeDetails edge={edge} /> : focusIds ? <FocusOverview ids={focusIds} /> : <StoryOverview />}
    </section>
  );
}
