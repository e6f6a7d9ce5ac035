import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex } from '../store/selectors';
import { TypeGlyph } from './TypeGlyph';
import { useGraph } from '../graph/useGraph';

/** A node's name as a link-like button: choosing it selects the node and brings it into view. */
export function NodeLink({ id }: { id: string }) {
  const index = useExplorerStore(selectIndex);
  const graph = useGraph();
  const node = index.nodes.get(id);
  if (!node) return <span>{id}</span>;
  return (
    <button type="button" className="node-link" onClick={() => graph.show({ kind: 'node', id })}>
      <TypeGlyph type={node.type} />
      {node.label}
    </button>
  );
}
