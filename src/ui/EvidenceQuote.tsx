import { quoteExcerpt } from '../model/article/quoteExcerpt';
import type { AnchoredEvidence } from '../model/graph/storyIndex';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex } from '../store/selectors';

/** One supporting passage: the quoted words highlighted in a little of their paragraph, and a way to the article. */
export function EvidenceQuote({ evidence }: { evidence: AnchoredEvidence }) {
  const index = useExplorerStore(selectIndex);
  const showInArticle = useExplorerStore((s) => s.showInArticle);
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
        <button type="button" className="text-button" onClick={() => showInArticle(evidence)}>
          Show in article<span className="visually-hidden">: paragraph {number}</span>
        </button>
      </figcaption>
    </figure>
  );
}

/** Every supporting passage of a node or relation, in the order the curator listed them (most telling first). */
export function EvidenceList({ items }: { items: readonly AnchoredEvidence[] }) {
  return (
    <ul className="evidence-list">
      {items.map((item, i) => (
        <li key={`${item.paragraphId}:${item.start}:${i}`}>
          <EvidenceQuote evidence={item} />
        </li>
      ))}
    </ul>
  );
}
