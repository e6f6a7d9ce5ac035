import { typeName, typeNameInSentence } from '../model/story/nodeTypes';
import { describeSelection } from '../model/graph/describe';
import type { ListRow, NestedType } from '../model/graph/listRows';
import type { Relation } from '../model/graph/neighbourhood';
import type { StoryIndex } from '../model/graph/storyIndex';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex, selectSelection } from '../store/selectors';
import { TypeGlyph } from './TypeGlyph';

/**
 * The list's markup for the rows given, nested as headings, lists and items. With `offsets` (a windowed list)
 * each row is placed at its own height, and list items say where they stand in the whole list, since most
 * of their siblings are not in the DOM.
 */
export function GraphListRows({
  rows,
  nested,
  offsets,
  idPrefix,
  tabStop,
}: {
  rows: readonly ListRow[];
  nested: readonly NestedType[];
  /** The one row Tab reaches (a roving tabindex); the arrow keys reach the rest. */
  tabStop: number | null;
  offsets: Float64Array | null;
  idPrefix: string;
}) {
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const select = useExplorerStore((s) => s.select);
  const place = (row: number) => (offsets ? { top: offsets[row], height: (offsets[row + 1] ?? 0) - (offsets[row] ?? 0) } : undefined);
  const standing = (position: number, setSize: number) => (offsets ? { 'aria-posinset': position, 'aria-setsize': setSize } : {});
  const isCurrent = (kind: 'node' | 'edge', id: string) => selection?.kind === kind && selection.id === id;

  return nested.map(({ row: typeRow, nodes }) => {
    const heading = rows[typeRow];
    if (heading?.kind !== 'type') return null;
    const headingId = `${idPrefix}-${heading.type}`;
    return (
      <section key={heading.type} aria-labelledby={headingId}>
        <h3 id={headingId} style={place(typeRow)}>
          <TypeGlyph type={heading.type} /> {typeName(heading.type)}
        </h3>
        <ul className="graph-list-nodes">
          {nodes.map(({ row: nodeRow, relations }) => {
            const entry = rows[nodeRow];
            if (entry?.kind !== 'node') return null;
            const { node } = entry;
            return (
              <li key={node.id} {...standing(entry.position, entry.setSize)}>
                <button
                  type="button"
                  className="list-node"
                  data-row={nodeRow}
                  tabIndex={nodeRow === tabStop ? 0 : -1}
                  style={place(nodeRow)}
                  aria-current={isCurrent('node', node.id)}
                  // Heard with the name, as a sighted reader sees them from the heading above and the rows below.
                  aria-label={`${node.label}, ${typeNameInSentence(node.type)}, ${entry.relations === 1 ? '1 relation' : `${entry.relations} relations`}`}
                  onClick={() => select({ kind: 'node', id: node.id })}
                >
                  {node.label}
                </button>
                {entry.relations > 0 && (
                  <ul className="graph-list-relations" aria-label={`Relations of ${node.label}`}>
                    {relations.map((relationRow) => {
                      const item = rows[relationRow];
                      if (item?.kind !== 'relation') return null;
                      const { edge } = item.relation;
                      const text = relationText(index, item.relation);
                      return (
                        <li key={edge.id} style={place(relationRow)} {...standing(item.position, item.setSize)}>
                          <button
                            type="button"
                            className="list-edge"
                            data-row={relationRow}
                            tabIndex={relationRow === tabStop ? 0 : -1}
                            title={offsets ? text : undefined}
                            aria-current={isCurrent('edge', edge.id)}
                            onClick={() => select({ kind: 'edge', id: edge.id })}
                          >
                            {text}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    );
  });
}

/** A relation as read from the node it is listed under: "met with Kim Jong Un", or the whole sentence when it points in. */
function relationText(index: StoryIndex, { edge, otherId, direction }: Relation): string {
  return direction === 'out' || edge.directed === false
    ? `${edge.label} ${index.nodes.get(otherId)?.label ?? otherId}`
    : describeSelection(index, { kind: 'edge', id: edge.id });
}
