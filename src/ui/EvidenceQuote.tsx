import { quoteExcerpt } from '../model/article/quoteExcerpt';
import { textFragmentUrl } from '../model/article/textFragment';
import { ownerKey, type AnchoredEvidence } from '../model/graph/storyIndex';
import type { Selection } from '../model/selection/selection';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex, selectStory } from '../store/selectors';
import { ShowMoreList } from './ShowMoreList';

/** One supporting passage: the quoted words highlighted in a little of their paragraph, and a way to the article. */
export function EvidenceQuote({ evidence }: { evidence: AnchoredEvidence }) {
  const index = useExplorerStore(selectIndex);
  const showInArticle = useExplorerStore((s) => s.showInArticle);
  const hasReader = useExplorerStore((s) => s.layout === 'full');
  const sourceUrl = useExplorerStore(selectStory).article.source?.url;
  const atSource = sourceUrl
    ? textFragmentUrl(sourceUrl, { exact: evidence.evidence.quote, prefix: evidence.evidence.prefix, suffix: evidence.evidence.suffix })
    : null;
  const text = index.paragraphs.get(evidence.paragraphId)?.text ?? '';
  const excerpt = quoteExcerpt(text, evidence.start, evidence.end);
  const number = index.paragraphNumber.get(evidence.paragraphId);
  return (
    <figure className="evidence">
      <blockquote>
        <p>
          {excerpt.before}
          <mark>{excerpt.quote}</mark>
          {excerpt.after}
        </p>
      </blockquote>
      <figcaption>
        <span className="evidence-where">Paragraph {number}</span>
        {hasReader && (
          <button type="button" className="text-button" onClick={() => showInArticle(evidence)}>
            Show in article<span className="visually-hidden">: paragraph {number}</span>
          </button>
        )}
        {atSource && (
          <a className="text-button" href={atSource} target="_blank" rel="noopener noreferrer">
            Open at the source<span className="visually-hidden">: paragraph {number} (new tab)</span>
          </a>
        )}
      </figcaption>
    </figure>
  );
}

/** Quotes shown at first for a node or relation; the rest come on request. */
const QUOTES_SHOWN = 10;

/** Every supporting passage of a node or relation, in the order the curator listed them (most telling first). */
export function EvidenceList({ owner, pageSize = QUOTES_SHOWN }: { owner: Selection; pageSize?: number }) {
  const index = useExplorerStore(selectIndex);
  const key = ownerKey(owner);
  return (
    <ShowMoreList
      owner={key}
      items={index.evidenceByOwner.get(key) ?? []}
      pageSize={pageSize}
      noun="quotes"
      className="evidence-list"
      itemKey={(item, i) => `${item.paragraphId}:${item.start}:${i}`}
      renderItem={(item) => <EvidenceQuote evidence={item} />}
    />
  );
}
