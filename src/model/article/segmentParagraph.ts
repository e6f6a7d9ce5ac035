/** A span of a paragraph and the evidence ranges that cover it (none for plain text). */
export interface Segment<T> {
  start: number;
  end: number;
  text: string;
  covering: T[];
}

/**
 * Cuts a paragraph at every range boundary so overlapping evidence can be drawn as flat,
 * non-nested marks; each segment lists every range that covers it.
 */
export function segmentParagraph<T extends { start: number; end: number }>(text: string, ranges: readonly T[]): Segment<T>[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const covering = ranges.filter((r) => r.start <= start && r.end >= end);
    segments.push({ start, end, text: text.slice(start, end), covering });
  }
  return segments;
}
