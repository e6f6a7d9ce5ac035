import { typeName } from '../model/story/nodeTypes';
import { describeSelection } from '../model/graph/describe';
import { ownerKey } from '../model/graph/storyIndex';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex, selectSelection } from '../store/selectors';
import { TypeGlyph } from './TypeGlyph';

/**
 * What a collapsed sheet shows of the details: the selection's name and how many quotes back it, one tap from
 * reading them. It updates as the reader selects, without covering any more of the graph.
 */
export function SheetPeek({ editing }: { editing: boolean }) {
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const showPanel = useExplorerStore((s) => s.showPanel);
  const node = selection?.kind === 'node' ? index.nodes.get(selection.id) : undefined;
  const quotes = selection ? (index.evidenceByOwner.get(ownerKey(selection))?.length ?? 0) : 0;
  const kind = node ? typeName(node.type) : 'Relation';
  return (
    <button type="button" className="sheet-peek" onClick={() => showPanel('details')}>
      {node && <TypeGlyph type={node.type} />}
      <span className="sheet-peek-name">{selection ? describeSelection(index, selection) : editing ? 'The studio' : 'About this story'}</span>{' '}
      {selection && <span className="sheet-peek-meta">{`${kind} · ${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`}</span>}
      <span className="sheet-peek-open" aria-hidden="true">
        ›
      </span>
    </button>
  );
}
