import { anchorQuote } from '../anchoring/anchorQuote';
import type { Evidence, Paragraph } from '../story/types';
import type { ArticleRef } from './articleNames';
import { quoteAt, type ReadingBudget } from './quoteAt';

/** A passage found for the curator: a ready evidence item (anchors by construction), its article and where it stands. */
export interface Mention extends Evidence {
  article: ArticleRef;
  /** [start, end) of the quote in the paragraph's text, for highlighting it. */
  start: number;
  end: number;
}

/** What a search found: the passages, and how many it could not offer. */
export interface Mentions {
  mentions: Mention[];
  /** Occurrences left out because the list reached its limit, no context singled them out, or the work budget ran out. */
  left: number;
}

/** The evidence item a mention stands for, as a story stores it. */
export function evidenceOf(mention: Mention): Evidence {
  const { paragraph, quote, prefix, suffix } = mention;
  return { paragraph, quote, ...(prefix !== undefined ? { prefix } : {}), ...(suffix !== undefined ? { suffix } : {}) };
}

/** A mention of [start, end) of a paragraph, or null when it cannot be quoted uniquely (see quoteAt). */
export function mentionAt(article: ArticleRef, paragraph: Paragraph, start: number, end: number, budget: ReadingBudget): Mention | null {
  const evidence = quoteAt(paragraph, start, end, budget);
  return evidence && { article, ...evidence, start, end };
}

/** Where a list of evidence items already stands in one paragraph, as [start, end) ranges. */
export function quotedRanges(evidence: readonly Evidence[], paragraph: Paragraph): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const item of evidence) {
    if (item.paragraph !== paragraph.id) continue;
    const anchor = anchorQuote(paragraph.text, { exact: item.quote, prefix: item.prefix, suffix: item.suffix });
    if (anchor.ok) ranges.push({ start: anchor.start, end: anchor.end });
  }
  return ranges;
}

/** True when [start, end) shares a character with one of the ranges: a quote that touches a passage already covers it. */
export function overlapsAny(start: number, end: number, ranges: readonly { start: number; end: number }[]): boolean {
  return ranges.some((r) => r.start < end && start < r.end);
}
