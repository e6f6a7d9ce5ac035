import { useEffect, useId, useMemo, useRef } from 'react';
import { nodeTypeStyle } from '../graph/nodeTypeStyles';
import { describeSelection } from '../model/graph/describe';
import { relationsOf } from '../model/graph/neighbourhood';
import { countByType } from '../model/graph/typeCounts';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectHiddenTypes, selectIndex, selectSelection, selectStory } from '../store/selectors';
import { TypeGlyph } from './TypeGlyph';

/** The graph's DOM twin: every shown node, grouped by type, with its relations; in step with the selection. */
export function GraphList() {
  const story = useExplorerStore(selectStory);
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const hidden = useExplorerStore(selectHiddenTypes);
  const select = useExplorerStore((s) => s.select);
  const root = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const groups = useMemo(() => countByType(story.nodes).filter((g) => !hidden.includes(g.type)), [story, hidden]);

  useEffect(() => {
    root.current?.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);

  const isCurrent = (kind: 'node' | 'edge', id: string) => selection?.kind === kind && selection.id === id;
  return (
    <div className="graph-list" ref={root}>
      <p className="muted graph-list-intro">
        Every node of the graph with all its relations, as a list. Choose one to see its quotes.
      </p>
      {groups.map(({ type }) => (
        <section key={type} aria-labelledby={`${idPrefix}-${type}`}>
          <h3 id={`${idPrefix}-${type}`}>
            <TypeGlyph type={type} /> {nodeTypeStyle(type).name}
          </h3>
          <ul className="graph-list-nodes">
            {story.nodes
              .filter((n) => n.type === type)
              .map((node) => (
                <li key={node.id}>
                  <button
                    type="button"
                    className="list-node"
                    aria-current={isCurrent('node', node.id)}
                    onClick={() => select({ kind: 'node', id: node.id })}
                  >
                    {node.label}
                  </button>
                  <ul className="graph-list-relations" aria-label={`Relations of ${node.label}`}>
                    {relationsOf(index, node.id)
                      .filter((r) => !hidden.includes(index.nodes.get(r.otherId)?.type ?? ''))
                      .map(({ edge, otherId, direction }) => (
                        <li key={edge.id}>
                          <button
                            type="button"
                            className="list-edge"
                            aria-current={isCurrent('edge', edge.id)}
                            onClick={() => select({ kind: 'edge', id: edge.id })}
                          >
                            {direction === 'out' || edge.directed === false
                              ? `${edge.label} ${index.nodes.get(otherId)?.label ?? otherId}`
                              : describeSelection(index, { kind: 'edge', id: edge.id })}
                          </button>
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
