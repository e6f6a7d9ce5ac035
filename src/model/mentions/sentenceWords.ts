import type { ParagraphWords } from './articleNames';
import { sentenceSpans } from './sentences';

/** A token of a sentence as the name finder reads it. */
export interface Word {
  start: number;
  end: number;
  /** The token as the article writes it. */
  raw: string;
  folded: string;
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** The first word of its sentence, or the first after an opening quote mark: capitalised whatever it is. */
  opens: boolean;
  /** Taken by a name already found in this sentence. */
  used: boolean;
}

const CAPITAL = /^\p{Lu}/u;
const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '(', '[', '«', '„']);

/** The paragraph's sentences, each as its tokens (see wordTokens), with what the name finder needs to know of each. */
export function sentenceWords(p: ParagraphWords): Word[][] {
  const { text } = p.paragraph;
  const sentences: Word[][] = [];
  let k = 0;
  for (const span of sentenceSpans(text)) {
    const words: Word[] = [];
    while (k < p.tokens.length && (p.tokens[k]?.start ?? 0) < span.start) k++;
    let opening = true;
    let previous: { end: number } | undefined;
    while (k < p.tokens.length && (p.tokens[k]?.end ?? 0) <= span.end) {
      const t = p.tokens[k];
      k++;
      if (!t) continue;
      const raw = text.slice(t.start, t.end);
      // Fields written out: spreading the token made this loop ten times slower in V8.
      words.push({ start: t.start, end: t.end, folded: t.folded, word: t.word, raw, cap: t.word && CAPITAL.test(raw), opens: t.word && opening, used: false });
      // An apostrophe inside a word ("Kim’s", "O’Brien") opens nothing.
      if (t.word) opening = false;
      else if (OPENING_QUOTES.has(raw) && previous?.end !== t.start) opening = true;
      previous = t;
    }
    sentences.push(words);
  }
  return sentences;
}

/** True when two tokens touch, with no space between them ("China-DPRK", "U.S."). */
export const touching = (a: Word | undefined, b: Word | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
