import { useId } from 'react';
import { typeName } from '../model/story/nodeTypes';
import { relationsOf } from '../model/graph/neighbourhood';
import type { StoryNode } from '../model/story/types';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex, selectShowsIds } from '../store/selectors';
import { CopyableId } from './CopyableId';
import { EvidenceList } from './EvidenceQuote';
import { RelationItem } from './RelationItem';
import { ShowMoreList } from './ShowMoreList';
import { TypeGlyph } from './TypeGlyph';

/** Relations shown at first: a hub of a large story may have hundreds, each with its quotes. */
const RELATIONS_SHOWN = 30;

/** What a node is, the passages that support it, and each of its relations with theirs. */
export function NodeDetails({ node }: { node: StoryNode }) {
  const titleId = useId();
  const index = useExplorerStore(selectIndex);
  const relations = relationsOf(index, node.id);
  const showId = useExplorerStore(selectShowsIds);
  return (
    <article className="details" aria-labelledby={titleId}>
      <p className="details-kind">
        <TypeGlyph type={node.type} /> {typeName(node.type)}
      </p>
      <h2 id={titleId} tabIndex={-1}>
        {node.label}
      </h2>
      {node.aliases && node.aliases.length > 0 && <p className="details-aliases">Also called: {node.aliases.join(', ')}</p>}
      {node.summary && <p className="details-summary">{node.summary}</p>}
      <h3>From the article</h3>
      <EvidenceList owner={{ kind: 'node', id: node.id }} />
      <h3>
        Relations <span className="count">({relations.length})</span>
      </h3>
      {relations.length === 0 ? (
        <p className="muted">The article states no relation for this.</p>
      ) : (
        <ShowMoreList
          owner={`node:${node.id}`}
          items={relations}
          pageSize={RELATIONS_SHOWN}
          noun="relations"
          className="relation-list"
          itemClassName="relation"
          itemKey={(relation) => relation.edge.id}
          renderItem={(relation) => <RelationItem relation={relation} />}
        />
      )}
      {showId && <CopyableId id={node.id} />}
    </article>
  );
}
