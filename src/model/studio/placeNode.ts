/*
 * Where a new node goes: as near the middle of what the curator is looking at as it can be without covering another
 * node's label. (A grid filled row by row from the story's top left put the tenth node off screen.)
 */

/** How far apart two nodes' centres must be, across or down, for their labels not to overlap. */
export const NODE_SPACING = { x: 150, y: 110 } as const;

type Point = { x: number; y: number };

/** The free spot nearest `centre` on a grid of NODE_SPACING around it, clear of every point of `placed`. */
export function freeSpotNear(placed: Iterable<Point>, centre: Point): Point {
  const taken = [...placed];
  const free = (p: Point) => taken.every((q) => Math.abs(q.x - p.x) >= NODE_SPACING.x || Math.abs(q.y - p.y) >= NODE_SPACING.y);
  const start = { x: Math.round(centre.x), y: Math.round(centre.y) };
  if (free(start)) return start;
  // Rings of grid spots around the centre, nearest first; enough rings to pass every placed node.
  for (let ring = 1; ring <= taken.length + 1; ring++) {
    const spots: Point[] = [];
    for (let col = -ring; col <= ring; col++) {
      for (let row = -ring; row <= ring; row++) {
        if (Math.max(Math.abs(col), Math.abs(row)) === ring) spots.push({ x: start.x + col * NODE_SPACING.x, y: start.y + row * NODE_SPACING.y });
      }
    }
    spots.sort((a, b) => Math.hypot(a.x - start.x, a.y - start.y) - Math.hypot(b.x - start.x, b.y - start.y));
    const spot = spots.find(free);
    if (spot) return spot;
  }
  return start;
}
