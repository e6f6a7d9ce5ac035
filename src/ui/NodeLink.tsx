import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex } from '../store/selectors';
import { TypeGlyph } from './TypeGlyph';

/** A node's name as a link-like button: choosing it selects the node and brings it into view. */
export function NodeLink({ id }: { id: string }) {
  const index = useExplorerStore(selectIndex);
  const select = useExplorerStore((s) => s.select);
  const node = index.nodes.get(id);
  if (!node) return <span>{id}</span>;
  return (
    <button type="button" className="node-link" onClick={() => select({ kind: 'node', id }, { centre: true })}>
      <TypeGlyph type={node.type} />
      {node.label}
    </button>
  );
}
