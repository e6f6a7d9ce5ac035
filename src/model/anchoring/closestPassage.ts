/** The passage of a text that most resembles a quote that failed to match, to help a curator fix it. */
export interface ClosestPassage {
  start: number;
  end: number;
  text: string;
  /** True when the two differ only in quote marks, dashes, letter case or spacing. */
  typographicOnly: boolean;
}

/** Above this many DP cells the fuzzy search is skipped: a hint is not worth stalling validation. */
const MAX_CELLS = 4_000_000;

/**
 * Finds the passage of `text` closest to `quote`: first ignoring typography (straight vs curly
 * quotes, dash kinds, case, spacing), then by edit distance (approximate substring matching).
 * Returns null when nothing is reasonably close.
 */
export function closestPassage(text: string, quote: string): ClosestPassage | null {
  if (quote.trim().length === 0 || text.length === 0) return null;
  const loose = looseMatch(text, quote);
  if (loose) return { ...loose, text: text.slice(loose.start, loose.end), typographicOnly: true };
  if (quote.length * text.length > MAX_CELLS) return null;
  const fuzzy = fuzzyMatch(text, quote);
  if (!fuzzy || fuzzy.distance > quote.length / 2) return null;
  const { start, end } = widenToWords(text, fuzzy.start, fuzzy.end);
  return { start, end, text: text.slice(start, end), typographicOnly: false };
}

/** Maps each character to a loose form; keeps, per loose character, the original offset it came from. */
function loosen(s: string): { chars: string; origin: number[] } {
  let chars = '';
  const origin: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = looseChar(s.charAt(i));
    if (c === ' ') {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    chars += c;
    origin.push(i);
  }
  return { chars, origin };
}

function looseChar(c: string): string {
  if (/\s/.test(c)) return ' ';
  if ('‘’‚‛′`´'.includes(c)) return "'";
  if ('“”„‟″«»'.includes(c)) return '"';
  if ('‐‑‒–—―−'.includes(c)) return '-';
  return c.toLowerCase();
}

function looseMatch(text: string, quote: string): { start: number; end: number } | null {
  const t = loosen(text);
  const q = loosen(quote.trim()).chars;
  const at = t.chars.indexOf(q);
  if (at === -1) return null;
  const start = t.origin[at];
  const last = t.origin[at + q.length - 1];
  if (start === undefined || last === undefined) return null;
  return { start, end: last + 1 };
}

/** Sellers' algorithm: edit distance of `quote` against the best-matching substring of `text`. */
function fuzzyMatch(text: string, quote: string): { start: number; end: number; distance: number } | null {
  const m = quote.length;
  const n = text.length;
  const width = n + 1;
  const d = new Uint32Array((m + 1) * width);
  for (let i = 1; i <= m; i++) d[i * width] = i;
  for (let i = 1; i <= m; i++) {
    const qc = looseChar(quote.charAt(i - 1));
    for (let j = 1; j <= n; j++) {
      const cost = qc === looseChar(text.charAt(j - 1)) ? 0 : 1;
      d[i * width + j] = Math.min(
        (d[(i - 1) * width + j - 1] ?? 0) + cost,
        (d[(i - 1) * width + j] ?? 0) + 1,
        (d[i * width + j - 1] ?? 0) + 1,
      );
    }
  }
  let end = 0;
  let best = Infinity;
  for (let j = 0; j <= n; j++) {
    const v = d[m * width + j] ?? Infinity;
    if (v < best) {
      best = v;
      end = j;
    }
  }
  // Walk back along an optimal path to where the match starts.
  let i = m;
  let j = end;
  while (i > 0 && j > 0) {
    const here = d[i * width + j] ?? 0;
    const cost = looseChar(quote.charAt(i - 1)) === looseChar(text.charAt(j - 1)) ? 0 : 1;
    if (here === (d[(i - 1) * width + j - 1] ?? 0) + cost) {
      i--;
      j--;
    } else if (here === (d[(i - 1) * width + j] ?? 0) + 1) i--;
    else j--;
  }
  return { start: j, end, distance: best };
}

function widenToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && /\S/.test(text.charAt(s - 1))) s--;
  while (e < text.length && /\S/.test(text.charAt(e))) e++;
  return { start: s, end: e };
}
