import { useId } from 'react';
import type { StoryEdge } from '../model/story/types';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex, selectShowsIds } from '../store/selectors';
import { CopyableId } from './CopyableId';
import { EvidenceList } from './EvidenceQuote';
import { NodeLink } from './NodeLink';

/** A relation: both ends (each a link that selects it), what kind it is, and its supporting passages. */
export function EdgeDetails({ edge }: { edge: StoryEdge }) {
  const titleId = useId();
  const index = useExplorerStore(selectIndex);
  const source = index.nodes.get(edge.source)?.label ?? edge.source;
  const target = index.nodes.get(edge.target)?.label ?? edge.target;
  const showId = useExplorerStore(selectShowsIds);
  return (
    <article className="details" aria-labelledby={titleId}>
      <p className="details-kind">Relation{edge.type ? ` · ${edge.type.replace(/-/g, ' ')}` : ''}</p>
      <h2 id={titleId} tabIndex={-1}>
        {source} <span className="relation-label">{edge.label}</span> {target}
      </h2>
      <dl className="relation-ends">
        <dt>{edge.directed === false ? 'Between' : 'From'}</dt>
        <dd>
          <NodeLink id={edge.source} />
        </dd>
        <dt>{edge.directed === false ? 'and' : 'To'}</dt>
        <dd>
          <NodeLink id={edge.target} />
        </dd>
      </dl>
      <h3>From the article</h3>
      <EvidenceList owner={{ kind: 'edge', id: edge.id }} />
      {showId && <CopyableId id={edge.id} />}
    </article>
  );
}
