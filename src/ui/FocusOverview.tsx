import { useId } from 'react';
import { describeSelection } from '../model/graph/describe';
import { brightSet } from '../model/graph/neighbourhood';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex } from '../store/selectors';
import { NodeLink } from './NodeLink';
import { useGraph } from '../graph/useGraph';
import { detailsHeading, focusAfter } from './focusAfter';

/**
 * What the details panel shows for a highlighted set (a host page's `focus(ids)`, a tour step that selects
 * nothing): the nodes and relations it lights, each one choice away from its quotes.
 */
export function FocusOverview({ ids }: { ids: readonly string[] }) {
  const titleId = useId();
  const index = useExplorerStore(selectIndex);
  const graph = useGraph();
  const bright = brightSet(index, null, ids);
  if (!bright) return null;
  const nodes = [...bright.nodes];
  const edges = [...bright.edges];
  return (
    <article className="details overview" aria-labelledby={titleId}>
      <h2 id={titleId} className="overview-compact" tabIndex={-1}>
        Highlighted: {count(nodes.length, 'node')}
        {edges.length > 0 ? `, ${count(edges.length, 'relation')}` : ''}
      </h2>
      <p className="muted">Choose one to see the quotes behind it.</p>
      <ul className="focus-list">
        {nodes.map((id) => (
          <li key={id}>
            <NodeLink id={id} />
          </li>
        ))}
        {edges.map((id) => (
          <li key={id}>
            <button type="button" className="text-button" onClick={(event) => focusAfter(event.currentTarget, () => graph.show({ kind: 'edge', id }), detailsHeading)}>
              {describeSelection(index, { kind: 'edge', id })}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
