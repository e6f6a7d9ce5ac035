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

/** Every start offset of `exact` in `text`, overlapping matches included. Linear in text and pattern (see kmpSearch). */
export function findOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  kmpSearch(text, exact, (at) => {
    found.push(at);
  });
  return found;
}

/** How many times `pattern` occurs in `text`, overlapping matches included, in time linear in both. */
export function countOccurrences(text: string, pattern: string): number {
  let count = 0;
  kmpSearch(text, pattern, () => {
    count++;
  });
  return count;
}

/** UTF-16 code units of a string: indexing a typed array is about twice as fast as charCodeAt in the search loop. */
function codeUnits(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

// The last text searched: a story's quotes are checked element by element, and neighbours often cite one paragraph.
let lastText = '';
let lastCodes: Uint16Array = new Uint16Array(0);
function textCodes(text: string): Uint16Array {
  if (text !== lastText) {
    lastText = text;
    lastCodes = codeUnits(text);
  }
  return lastCodes;
}

/**
 * Knuth–Morris–Pratt: every (overlapping) occurrence of `pattern` in O(text + pattern); `found` returns false to
 * stop. A loop of indexOf from each match + 1 costs a pattern's length per occurrence, so a long quote of one
 * repeated letter in a paragraph of that letter took 18,000 × 2,000 steps; this takes 22,000.
 */
function kmpSearch(text: string, pattern: string, found: (at: number) => boolean | void): void {
  const m = pattern.length;
  if (m === 0 || m > text.length) return;
  const p = codeUnits(pattern);
  const t = textCodes(text);
  const border = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && p[i] !== p[k]) k = border[k - 1] ?? 0;
    if (p[i] === p[k]) k++;
    border[i] = k;
  }
  for (let i = 0, k = 0; i < t.length; i++) {
    const c = t[i];
    while (k > 0 && c !== p[k]) k = border[k - 1] ?? 0;
    if (c === p[k]) k++;
    if (k === m) {
      if (found(i - m + 1) === false) return;
      k = border[k - 1] ?? 0;
    }
  }
}

/**
 * Places a quote in a text. It must match exactly once: either the exact words occur once, or the
 * prefix/suffix (which must stand immediately before/after) single out one occurrence.
 *
 * An occurrence with its prefix and suffix beside it is an occurrence of prefix + exact + suffix, so a quote that
 * anchors (nearly all of them: every quote of a story is anchored when it opens) costs one linear search that stops
 * at a second match. (Native indexOf is faster on ordinary text but takes milliseconds per quote on crafted text,
 * such as a^1000 b a^999 against a^20000.) Only a quote that fails is counted, for its message, linearly too.
 */
export function anchorQuote(text: string, quote: TextQuote): Anchor {
  const { exact } = quote;
  if (exact.length === 0) return { ok: false, reason: 'empty', occurrences: 0 };
  const prefix = quote.prefix ?? '';
  const whole = `${prefix}${exact}${quote.suffix ?? ''}`;
  let first = -1;
  let matches = 0;
  kmpSearch(text, whole, (at) => {
    if (matches++ === 0) first = at;
    return matches < 2;
  });
  if (matches === 1) return { ok: true, start: first + prefix.length, end: first + prefix.length + exact.length };
  const occurrences = countOccurrences(text, exact);
  if (occurrences === 0) return { ok: false, reason: 'not-found', occurrences: 0 };
  if (first === -1) return { ok: false, reason: 'context-mismatch', occurrences };
  return { ok: false, reason: 'ambiguous', occurrences: whole === exact ? occurrences : countOccurrences(text, whole) };
}
