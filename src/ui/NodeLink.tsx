import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex } from '../store/selectors';
import { TypeGlyph } from './TypeGlyph';
import { useGraph } from '../graph/useGraph';
import { detailsHeading, focusAfter } from './focusAfter';

/**
 * A node's name as a link-like button: choosing it selects the node and brings it into view. The panel it sits in
 * then shows that node, so focus goes to its heading (this button may be gone, or reused further down for another name).
 */
export function NodeLink({ id }: { id: string }) {
  const index = useExplorerStore(selectIndex);
  const graph = useGraph();
  const node = index.nodes.get(id);
  if (!node) return <span>{id}</span>;
  return (
    <button type="button" className="node-link" onClick={(event) => focusAfter(event.currentTarget, () => graph.show({ kind: 'node', id }), detailsHeading)}>
      <TypeGlyph type={node.type} />
      {node.label}
    </button>
  );
}
