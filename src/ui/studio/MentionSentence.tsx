import type { Paragraph } from '../../model/story/types';
import type { SentenceSpan } from '../../model/mentions/sentences';

/** Longest stretch of a sentence shown either side of the marked words. */
const CONTEXT = 160;

/**
 * The sentence around [start, end) of a paragraph, those words marked: story text, rendered as text. A very long
 * sentence is cut to the words and some context either side.
 */
export function MentionSentence({ paragraph, start, end, sentences }: { paragraph: Paragraph; start: number; end: number; sentences: (text: string) => SentenceSpan[] }) {
  const text = paragraph.text;
  const spans = sentences(text);
  const around = spans.find((s) => s.start <= start && end <= s.end) ?? { start, end };
  const from = Math.max(around.start, start - CONTEXT);
  const to = Math.min(around.end, end + CONTEXT);
  return (
    <span className="mention-sentence">
      {from > around.start && '… '}
      {text.slice(from, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < around.end && ' …'}
    </span>
  );
}
