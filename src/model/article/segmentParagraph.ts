/** A span of a paragraph and the evidence ranges that cover it (none for plain text). */
export interface Segment<T> {
  start: number;
  end: number;
  text: string;
  covering: T[];
}

/**
 * Cuts a paragraph at every range boundary so overlapping evidence can be drawn as flat,
 * non-nested marks; each segment lists every range that covers it, in the order the ranges were given.
 *
 * One sweep over the sorted boundaries, keeping the ranges open at each point: the cost is the boundaries' sort plus
 * the lists written, where testing every range against every segment cost segments × ranges.
 */
export function segmentParagraph<T extends { start: number; end: number }>(text: string, ranges: readonly T[]): Segment<T>[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = new Set<number>([0, text.length]);
  // Ranges by where they open; an empty range covers no segment and is left out.
  const opening: number[] = [];
  ranges.forEach((r, i) => {
    const start = clamp(r.start);
    const end = clamp(r.end);
    cuts.add(start);
    cuts.add(end);
    if (end > start) opening.push(i);
  });
  opening.sort((a, b) => clamp(ranges[a]?.start ?? 0) - clamp(ranges[b]?.start ?? 0));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  // Indexes of the ranges open over the current segment, kept in the given order.
  let open: number[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const before = open.length;
    open = open.filter((k) => clamp(ranges[k]?.end ?? 0) > start);
    let added = false;
    while (next < opening.length && clamp(ranges[opening[next] ?? 0]?.start ?? 0) <= start) {
      open.push(opening[next] ?? 0);
      next++;
      added = true;
    }
    if (added || open.length !== before) open.sort((a, b) => a - b);
    const covering: T[] = [];
    for (const k of open) {
      const range = ranges[k];
      if (range) covering.push(range);
    }
    segments.push({ start, end, text: text.slice(start, end), covering });
  }
  return segments;
}
