import type { NamedParagraph } from './articleNames';
import type { NameMatch } from './nameIndex';
import { sentenceSpans } from './sentences';

/** A sentence and the names that stand wholly inside it, in text order. */
export interface NamedSentence {
  start: number;
  end: number;
  matches: NameMatch[];
}

/** The sentences of a paragraph with their names: both lists are in text order, so one walk pairs them. */
export function namedSentences(p: NamedParagraph): NamedSentence[] {
  const sentences = sentenceSpans(p.paragraph.text);
  const result: NamedSentence[] = [];
  let k = 0;
  for (const s of sentences) {
    const matches: NameMatch[] = [];
    while (k < p.matches.length && (p.matches[k]?.start ?? 0) < s.start) k++;
    while (k < p.matches.length && (p.matches[k]?.end ?? 0) <= s.end) {
      const match = p.matches[k];
      if (match) matches.push(match);
      k++;
    }
    result.push({ start: s.start, end: s.end, matches });
  }
  return result;
}
