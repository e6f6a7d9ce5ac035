import type { Segment } from './segmentParagraph';
import type { Selection } from '../selection/selection';

/** Evidence as the article reader needs it: a range and what it supports. */
export interface OwnedRange {
  start: number;
  end: number;
  owner: Selection;
}

/**
 * What a passage supports, most specific first: the owner of the shortest evidence range covering it
 * (a quote naming just "Kim Jong Un" is about Kim; the sentence around it is about the meeting),
 * then the rest in story order, each owner once.
 */
export function passageOwners(segment: Segment<OwnedRange>): Selection[] {
  const ranked = [...segment.covering].sort((a, b) => a.end - a.start - (b.end - b.start));
  const seen = new Map<string, Selection>();
  for (const range of ranked) seen.set(`${range.owner.kind}:${range.owner.id}`, range.owner);
  return [...seen.values()];
}

/** True when a passage holds something worth a link: not just spaces or punctuation between two quotes. */
export function isLinkable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
