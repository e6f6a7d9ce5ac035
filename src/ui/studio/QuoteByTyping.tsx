import { useId, useRef, useState } from 'react';
import { findOccurrences } from '../../model/anchoring/anchorQuote';
import { typedQuoteHint, typedQuoteHintText } from '../../model/studio/typedQuoteHint';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectStory } from '../../store/selectors';

/** Adds a quote without a mouse: choose the paragraph, type or paste the exact words. `onAdd` says why not, or null. */
export function QuoteByTyping({ onAdd }: { onAdd: (paragraphId: string, quote: string, occurrence: number) => string | null }) {
  const story = useExplorerStore(selectStory);
  const [paragraph, setParagraph] = useState(story.article.paragraphs[0]?.id ?? '');
  const [quote, setQuote] = useState('');
  const [occurrence, setOccurrence] = useState(0);
  const text = story.article.paragraphs.find((p) => p.id === paragraph)?.text ?? '';
  // Words that occur more than once in the paragraph: the curator says which (the quote gets its context).
  const count = quote ? findOccurrences(text, quote).length : 0;
  const [message, setMessage] = useState('');
  // The article's own words, when the typed ones differ only in typography (straight quote marks, most often).
  const [suggestion, setSuggestion] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <form
      className="studio-quote-form"
      onSubmit={(event) => {
        event.preventDefault();
        const hint = count === 0 ? typedQuoteHint(text, quote) : null;
        setSuggestion(hint?.passage ?? null);
        if (hint) return setMessage(typedQuoteHintText(hint));
        const refused = onAdd(paragraph, quote, Math.min(occurrence, Math.max(0, count - 1)));
        if (refused) return setMessage(refused);
        setQuote('');
        setOccurrence(0);
        setMessage('Quote added.');
      }}
    >
      <label htmlFor={`${id}-p`}>Add a quote from paragraph</label>
      <select id={`${id}-p`} value={paragraph} onChange={(e) => setParagraph(e.target.value)}>
        {story.article.paragraphs.map((p, i) => (
          <option key={p.id} value={p.id}>
            {i + 1}: {p.text.length > 40 ? `${p.text.slice(0, 40)}…` : p.text}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-q`}>Exact words</label>
      <input ref={input} id={`${id}-q`} value={quote} onChange={(e) => setQuote(e.target.value)} />
      {count > 1 && (
        <>
          <label htmlFor={`${id}-o`}>These words occur {count} times there: which one?</label>
          <select id={`${id}-o`} value={occurrence} onChange={(e) => setOccurrence(Number(e.target.value))}>
            {Array.from({ length: count }, (_, i) => (
              <option key={i} value={i}>
                Occurrence {i + 1}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" className="chip">
        Add quote
      </button>
      <span role="status" className="muted">
        {message}
      </span>
      {suggestion && (
        <button
          type="button"
          className="chip"
          onClick={() => {
            setQuote(suggestion);
            setSuggestion(null);
            setMessage('');
            input.current?.focus();
          }}
        >
          Use the article’s words
        </button>
      )}
    </form>
  );
}
