import { anchorQuote } from '../anchoring/anchorQuote';
import { LIMITS } from '../story/storyLimits';
import type { Evidence, Paragraph } from '../story/types';

/**
 * Characters of article text that placing quotes may read in one call (each try reads the paragraph once). A real
 * article needs a few million at most; a hostile one (a 20,000-character paragraph of one repeated name) would
 * otherwise need billions. Past it, quotes are not made and the answer says it is incomplete.
 */
export const QUOTE_READING = 40_000_000;

/** What placing quotes has read so far in one call, and whether some were left unmade for it. */
export interface ReadingBudget {
  read: number;
  exhausted: boolean;
}

export const readingBudget = (): ReadingBudget => ({ read: 0, exhausted: false });

/** True when [start, end) of the text, with this prefix and suffix, anchors exactly there; counts what it read. */
function anchorsAt(text: string, quote: Evidence, start: number, budget: ReadingBudget): boolean {
  budget.read += text.length;
  const anchor = anchorQuote(text, { exact: quote.quote, prefix: quote.prefix, suffix: quote.suffix });
  return anchor.ok && anchor.start === start;
}

/** Moves a cut off the second half of a surrogate pair, so context never holds half a character. */
function whole(text: string, at: number, step: -1 | 1): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff && at > 0 && at < text.length ? at + (step === -1 ? -1 : 1) : at;
}

/** The quote with `n` characters of context on each side (fewer at the paragraph's ends). */
function withContext(text: string, item: Evidence, start: number, end: number, n: number): Evidence {
  const prefix = text.slice(whole(text, Math.max(0, start - n), -1), start);
  const suffix = text.slice(end, whole(text, Math.min(text.length, end + n), 1));
  return { ...item, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/**
 * The evidence item for [start, end) of a paragraph, verbatim, with the least context (at most LIMITS.context
 * characters each side) that makes it anchor exactly there. Context grows on both sides together, so whether it
 * singles the passage out only ever changes from no to yes as it grows: a search that widens, then halves, finds the least.
 * Null when no context within the limit singles it out (a passage inside long repeated text) or the budget is spent.
 */
export function quoteAt(paragraph: Paragraph, start: number, end: number, budget: ReadingBudget): Evidence | null {
  const { text } = paragraph;
  if (start < 0 || end > text.length || start >= end) return null;
  if (budget.read + text.length > QUOTE_READING) {
    budget.exhausted = true;
    return null;
  }
  const item: Evidence = { paragraph: paragraph.id, quote: text.slice(start, end) };
  if (anchorsAt(text, item, start, budget)) return item;
  // Context is usually a few words: try 8, 32, 128 and the limit before halving the gap.
  let low = 0;
  let high = -1;
  for (const n of [8, 32, 128, LIMITS.context]) {
    if (anchorsAt(text, withContext(text, item, start, end, n), start, budget)) {
      high = n;
      break;
    }
    low = n;
  }
  if (high === -1) return null;
  while (high - low > 1) {
    if (budget.read + text.length > QUOTE_READING) {
      budget.exhausted = true;
      return null;
    }
    const middle = (low + high) >> 1;
    if (anchorsAt(text, withContext(text, item, start, end, middle), start, budget)) high = middle;
    else low = middle;
  }
  return withContext(text, item, start, end, high);
}
