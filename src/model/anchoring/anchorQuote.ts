/** A quote selector in the W3C TextQuoteSelector style: the exact words, optionally pinned by the text around them. */
export interface TextQuote {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** Where a quote sits in a text: [start, end) in UTF-16 code units, or why it cannot be placed. */
export type Anchor =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'empty' | 'not-found' | 'ambiguous' | 'context-mismatch'; occurrences: number };

/** Every start offset of `exact` in `text`, overlapping matches included. */
export function findOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact.length === 0) return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Places a quote in a text. It must match exactly once: either the exact words occur once, or the
 * prefix/suffix (which must stand immediately before/after) single out one occurrence.
 */
export function anchorQuote(text: string, quote: TextQuote): Anchor {
  if (quote.exact.length === 0) return { ok: false, reason: 'empty', occurrences: 0 };
  const occurrences = findOccurrences(text, quote.exact);
  if (occurrences.length === 0) return { ok: false, reason: 'not-found', occurrences: 0 };
  const matching = occurrences.filter((start) => contextMatches(text, start, quote));
  const only = matching[0];
  if (matching.length === 1 && only !== undefined) return { ok: true, start: only, end: only + quote.exact.length };
  if (matching.length === 0) return { ok: false, reason: 'context-mismatch', occurrences: occurrences.length };
  return { ok: false, reason: 'ambiguous', occurrences: matching.length };
}

function contextMatches(text: string, start: number, quote: TextQuote): boolean {
  const end = start + quote.exact.length;
  if (quote.prefix && !text.slice(0, start).endsWith(quote.prefix)) return false;
  if (quote.suffix && !text.startsWith(quote.suffix, end)) return false;
  return true;
}
