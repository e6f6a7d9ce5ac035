/** Node ids in the order a reader scans a picture: rows from top to bottom, left to right within a row. */
export function readingOrder(nodes: readonly { id: string; x: number; y: number }[], rowHeight = 80): string[] {
  return [...nodes].sort((a, b) => Math.round(a.y / rowHeight) - Math.round(b.y / rowHeight) || a.x - b.x).map((n) => n.id);
}

/** The id after (or before) `current` in `order`, wrapping around; the first (or last) when there is no current. */
export function stepThrough(order: readonly string[], current: string | null, step: 1 | -1): string | undefined {
  if (order.length === 0) return undefined;
  const at = current === null ? -1 : order.indexOf(current);
  if (at === -1) return step === 1 ? order[0] : order[order.length - 1];
  return order[(at + step + order.length) % order.length];
}
