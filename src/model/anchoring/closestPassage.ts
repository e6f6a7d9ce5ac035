/** The passage of a text that most resembles a quote that failed to match, to help a curator fix it. */
export interface ClosestPassage {
  start: number;
  end: number;
  text: string;
  /** True when the two differ only in quote marks, dashes, letter case or spacing. */
  typographicOnly: boolean;
}

/**
 * What hints may cost. A hint is help, not a verdict: a story is answered without one when the budget is spent.
 * Per quote, the fuzzy search is skipped above `cellsPerQuote` table cells; per story (one HintBudget), at most
 * `quotes` quotes get a hint and all of them together at most `cells` cells; a passage widened to whole words grows
 * by at most `widen` characters each side (a paragraph without spaces would otherwise be one "word").
 */
export const HINT_LIMITS = { quotes: 20, cellsPerQuote: 4_000_000, cells: 16_000_000, widen: 40 } as const;

/** What is left of one story's allowance for hints; make one per check with hintBudget(). */
export interface HintBudget {
  quotes: number;
  cells: number;
}

export function hintBudget(): HintBudget {
  return { quotes: HINT_LIMITS.quotes, cells: HINT_LIMITS.cells };
}

/**
 * Finds the passage of `text` closest to `quote`: first ignoring typography (straight vs curly
 * quotes, dash kinds, case, spacing), then by edit distance (approximate substring matching).
 * Returns null when nothing is reasonably close, or when `budget` is spent (each call takes one quote from it).
 */
export function closestPassage(text: string, quote: string, budget: HintBudget = hintBudget()): ClosestPassage | null {
  if (quote.trim().length === 0 || text.length === 0 || budget.quotes <= 0) return null;
  budget.quotes--;
  const t = loosen(text);
  const loose = looseMatch(t, quote);
  if (loose) return { ...loose, text: text.slice(loose.start, loose.end), typographicOnly: true };
  const cells = quote.length * text.length;
  if (cells > HINT_LIMITS.cellsPerQuote || cells > budget.cells) return null;
  budget.cells -= cells;
  const fuzzy = fuzzyMatch(looseCodes(text), looseCodes(quote));
  if (!fuzzy || fuzzy.distance > quote.length / 2) return null;
  const { start, end } = widenToWords(text, fuzzy.start, fuzzy.end);
  return { start, end, text: text.slice(start, end), typographicOnly: false };
}

const SPACE = 32;
// The same set as /\s/ in JavaScript.
const SPACES = new Set([9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const SINGLE_QUOTES = new Set([...'‘’‚‛′`´'].map((c) => c.charCodeAt(0)));
const DOUBLE_QUOTES = new Set([...'“”„‟″«»'].map((c) => c.charCodeAt(0)));
const DASHES = new Set([...'‐‑‒–—―−'].map((c) => c.charCodeAt(0)));
const lowered = new Map<number, number>();

/** A UTF-16 code unit in its loose form: spaces, quote marks and dashes of every kind as one each, letters lower case. */
function looseCode(c: number): number {
  if (SPACES.has(c) || (c >= 0x2000 && c <= 0x200a)) return SPACE;
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (SINGLE_QUOTES.has(c)) return 39;
  if (DOUBLE_QUOTES.has(c)) return 34;
  if (DASHES.has(c)) return 45;
  let low = lowered.get(c);
  if (low === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    low = s.length === 1 ? s.charCodeAt(0) : c;
    lowered.set(c, low);
  }
  return low;
}

function looseCodes(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = looseCode(s.charCodeAt(i));
  return out;
}

/** A text in loose form with runs of spaces as one; `origin[i]` is the offset in the original of loose character i. */
function loosen(s: string): { chars: string; origin: Uint32Array } {
  const codes: number[] = [];
  const origin = new Uint32Array(s.length);
  let lastSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = looseCode(s.charCodeAt(i));
    if (c === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    origin[codes.length] = i;
    codes.push(c);
  }
  let chars = '';
  for (let i = 0; i < codes.length; i += 8192) chars += String.fromCharCode(...codes.slice(i, i + 8192));
  return { chars, origin };
}

function looseMatch(t: { chars: string; origin: Uint32Array }, quote: string): { start: number; end: number } | null {
  const q = loosen(quote.trim()).chars;
  const at = t.chars.indexOf(q);
  if (at === -1) return null;
  return { start: t.origin[at] ?? 0, end: (t.origin[at + q.length - 1] ?? 0) + 1 };
}

/** Sellers' algorithm: edit distance of `quote` against the best-matching substring of `text` (both loose codes). */
function fuzzyMatch(text: Uint16Array, quote: Uint16Array): { start: number; end: number; distance: number } | null {
  const m = quote.length;
  const n = text.length;
  const width = n + 1;
  const d = new Uint32Array((m + 1) * width);
  for (let i = 1; i <= m; i++) d[i * width] = i;
  for (let i = 1; i <= m; i++) {
    const qc = quote[i - 1];
    const row = i * width;
    const above = row - width;
    for (let j = 1; j <= n; j++) {
      const diagonal = (d[above + j - 1] ?? 0) + (qc === text[j - 1] ? 0 : 1);
      const up = (d[above + j] ?? 0) + 1;
      const left = (d[row + j - 1] ?? 0) + 1;
      d[row + j] = diagonal < up ? (diagonal < left ? diagonal : left) : up < left ? up : left;
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
    const cost = quote[i - 1] === text[j - 1] ? 0 : 1;
    if (here === (d[(i - 1) * width + j - 1] ?? 0) + cost) {
      i--;
      j--;
    } else if (here === (d[(i - 1) * width + j] ?? 0) + 1) i--;
    else j--;
  }
  return { start: j, end, distance: best };
}

/** Out to the nearest word boundaries, but never more than HINT_LIMITS.widen characters each side. */
function widenToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && start - s < HINT_LIMITS.widen && /\S/.test(text.charAt(s - 1))) s--;
  while (e < text.length && e - end < HINT_LIMITS.widen && /\S/.test(text.charAt(e))) e++;
  return { start: s, end: e };
}
