import { anchorQuote, findOccurrences } from '../anchoring/anchorQuote';
import type { Evidence, Paragraph } from '../story/types';

/**
 * The evidence item for words selected in a paragraph: the exact text (trimmed of surrounding spaces), with as
 * little prefix/suffix as it takes to single out this occurrence — so it anchors by construction.
 * Null when the selection holds no words.
 */
export function evidenceFromRange(paragraph: Paragraph, start: number, end: number): Evidence | null {
  const { text } = paragraph;
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  if (from === to) return null;
  const quote = text.slice(from, to);
  const item: Evidence = { paragraph: paragraph.id, quote };
  const anchorsHere = (e: Evidence) => {
    const anchor = anchorQuote(text, { exact: e.quote, prefix: e.prefix, suffix: e.suffix });
    return anchor.ok && anchor.start === from;
  };
  if (anchorsHere(item)) return item;
  // Grow the context on both sides a few characters at a time until only this occurrence matches.
  for (let n = 4; n <= Math.max(from, text.length - to) + 4; n += 4) {
    const withContext: Evidence = { ...item };
    const prefix = text.slice(Math.max(0, from - n), from);
    const suffix = text.slice(to, Math.min(text.length, to + n));
    if (prefix) withContext.prefix = prefix;
    if (suffix) withContext.suffix = suffix;
    if (anchorsHere(withContext)) return withContext;
  }
  return null;
}

/** The evidence item for typed words: their `occurrence`-th appearance (0-based) in the paragraph, or null. */
export function evidenceFromWords(paragraph: Paragraph, words: string, occurrence: number): Evidence | null {
  const at = findOccurrences(paragraph.text, words)[occurrence];
  return at === undefined ? null : evidenceFromRange(paragraph, at, at + words.length);
}
