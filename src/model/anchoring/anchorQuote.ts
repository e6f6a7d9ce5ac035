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
  const { exact } = quote;
  if (exact.length === 0) return { ok: false, reason: 'empty', occurrences: 0 };
  // One pass, no arrays: every quote of a story is anchored when it opens, so this runs tens of thousands of times.
  let occurrences = 0;
  let matching = 0;
  let first = -1;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    occurrences++;
    if (contextMatches(text, at, quote)) {
      if (matching === 0) first = at;
      matching++;
    }
  }
  if (occurrences === 0) return { ok: false, reason: 'not-found', occurrences: 0 };
  if (matching === 1) return { ok: true, start: first, end: first + exact.length };
  if (matching === 0) return { ok: false, reason: 'context-mismatch', occurrences };
  return { ok: false, reason: 'ambiguous', occurrences: matching };
}

function contextMatches(text: string, start: number, quote: TextQuote): boolean {
  if (quote.prefix && !text.endsWith(quote.prefix, start)) return false;
  if (quote.suffix && !text.startsWith(quote.suffix, start + quote.exact.length)) return false;
  return true;
}
