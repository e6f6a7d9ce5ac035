import { describeSelection } from '../model/graph/describe';
import type { Relation } from '../model/graph/neighbourhood';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex } from '../store/selectors';
import { EvidenceList } from './EvidenceQuote';
import { NodeLink } from './NodeLink';
import { useGraph } from '../graph/useGraph';
import { detailsHeading, focusAfter } from './focusAfter';

/** Quotes shown at first under each relation of a node (more on request), so a hub's panel stays short. */
const RELATION_QUOTES_SHOWN = 5;

/** One relation seen from the selected node: "met with Kim Jong Un" or "Donald Trump accused (this)", and its quotes. */
export function RelationItem({ relation }: { relation: Relation }) {
  const index = useExplorerStore(selectIndex);
  const graph = useGraph();
  const { edge, direction, otherId } = relation;
  const symmetric = edge.directed === false;
  return (
    <>
      <p className="relation-line">
        {direction === 'out' || symmetric ? (
          <>
            <span className="relation-label">{edge.label}</span> <NodeLink id={otherId} />
          </>
        ) : (
          <>
            <NodeLink id={otherId} /> <span className="relation-label">{edge.label}</span>{' '}
            <span className="muted">{index.nodes.get(edge.target)?.label}</span>
          </>
        )}
        <button
          type="button"
          className="text-button relation-open"
          // The panel now shows the relation and this button is gone: focus its heading instead.
          onClick={(event) => focusAfter(event.currentTarget, () => graph.show({ kind: 'edge', id: edge.id }), detailsHeading)}
          aria-label={`Open relation: ${describeSelection(index, { kind: 'edge', id: edge.id })}`}
        >
          Open relation
        </button>
      </p>
      <EvidenceList owner={{ kind: 'edge', id: edge.id }} pageSize={RELATION_QUOTES_SHOWN} />
    </>
  );
}
