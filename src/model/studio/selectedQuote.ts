/*
 * What a selection in the article quotes. A drag rarely starts or ends exactly on a word: it catches the space, the
 * comma or the full stop beside it, or half a word. A quote is the selected words: what lies outside the first and
 * last word is dropped (a sentence's own closing mark stays), and a word cut in two is taken whole.
 */

/** Marks a quote does not start with: spaces, and the punctuation that ends or separates the text before it. */
const LEADING = /[\s,;:.!?)\]}\u2013\u2014-]/u;
/** Marks a quote does not end with: spaces, separators, and what opens the text after it. */
const TRAILING = /[\s,;:([{\u2013\u2014-]/u;

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const isLetter = (text: string, at: number) => at >= 0 && at < text.length && LETTER.test(text.charAt(at));

/**
 * Where the words of `text` between `start` and `end` (in either order) begin and end: trimmed to the first and last
 * word, each taken whole. Null when no word is selected.
 */
export function quoteBounds(text: string, start: number, end: number): { from: number; to: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && LEADING.test(text.charAt(from))) from++;
  while (to > from && TRAILING.test(text.charAt(to - 1))) to--;
  if (from >= to) return null;
  while (isLetter(text, from - 1) && isLetter(text, from)) from--;
  while (isLetter(text, to - 1) && isLetter(text, to)) to++;
  return { from, to };
}

/** One paragraph's part of a selection, in the paragraph's text offsets. */
export interface SelectedPart {
  paragraph: string;
  start: number;
  end: number;
}

/** What a selection in the article can become. */
export type SelectionReading =
  | { kind: 'quote'; part: SelectedPart }
  /** Words of the headline only: a quote must come from a paragraph. */
  | { kind: 'headline' }
  /** Words of several paragraphs: a quote comes from one. */
  | { kind: 'several'; paragraphs: number }
  | { kind: 'nothing' };

/**
 * Reads a selection from its parts in each paragraph it touches (a drag to the end of a line often reaches into the
 * next paragraph without a letter of it) and whether it holds words of the headline. Parts without words do not count.
 */
export function readSelection(parts: readonly SelectedPart[], texts: ReadonlyMap<string, string>, headline: boolean): SelectionReading {
  const worded = parts.flatMap((part) => {
    const text = texts.get(part.paragraph);
    const bounds = text === undefined ? null : quoteBounds(text, part.start, part.end);
    return bounds ? [{ paragraph: part.paragraph, start: bounds.from, end: bounds.to }] : [];
  });
  const [only] = worded;
  if (headline) return { kind: 'headline' };
  if (worded.length > 1) return { kind: 'several', paragraphs: worded.length };
  return only ? { kind: 'quote', part: only } : { kind: 'nothing' };
}
