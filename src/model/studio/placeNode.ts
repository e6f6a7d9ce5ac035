/*
 * Where a new node goes: as near the middle of what the curator is looking at as it can be without covering another
 * node's label. (A grid filled row by row from the story's top left put the tenth node off screen.)
 */

/** How far apart two nodes' centres must be, across or down, for their labels not to overlap. */
export const NODE_SPACING = { x: 150, y: 110 } as const;

type Point = { x: number; y: number };

/** The free spot nearest `centre` on a grid of NODE_SPACING around it, clear of every point of `placed`. */
export function freeSpotNear(placed: Iterable<Point>, centre: Point): Point {
  // Placed nodes by cell of NODE_SPACING: a spot can only be too near those in its own and the eight cells around,
  // so a dense graph of 50,000 nodes costs a few lookups a spot, not a pass over every node.
  const cells = new Map<string, Point[]>();
  const cellOf = (p: Point) => [Math.floor(p.x / NODE_SPACING.x), Math.floor(p.y / NODE_SPACING.y)] as const;
  let count = 0;
  for (const p of placed) {
    const [cx, cy] = cellOf(p);
    const key = `${cx},${cy}`;
    const cell = cells.get(key);
    if (cell) cell.push(p);
    else cells.set(key, [p]);
    count++;
  }
  const free = (p: Point) => {
    const [cx, cy] = cellOf(p);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const near = cells.get(`${cx + dx},${cy + dy}`) ?? [];
        if (near.some((q) => Math.abs(q.x - p.x) < NODE_SPACING.x && Math.abs(q.y - p.y) < NODE_SPACING.y)) return false;
      }
    }
    return true;
  };
  const start = { x: Math.round(centre.x), y: Math.round(centre.y) };
  if (free(start)) return start;
  // Rings of grid spots around the centre, nearest first; enough rings to pass every placed node.
  for (let ring = 1; ring <= count + 1; ring++) {
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
