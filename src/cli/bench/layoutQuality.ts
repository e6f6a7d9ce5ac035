// Layout quality on a common scale, for comparing force layouts: each figure is taken after scaling the layout so its
// median edge is `edgeLength` long (the app draws labels in graph units, so that is the scale a reader sees).
import type { LayoutGraph } from '../../model/layout/layoutGraph';

/** What a reader would notice in a layout. */
export interface LayoutQuality {
  /** The median edge's length as laid out, before scaling (graph units). */
  medianEdge: number;
  /** Spread of edge lengths: standard deviation over mean (0 = every edge the same length). */
  edgeLengthCv: number;
  /** Longest edge over the median one: a long edge crossing the picture is hard to follow. */
  longestEdge: number;
  /** Node pairs closer than 0.4 edge lengths, per 100 nodes: labels that would sit on top of each other. */
  closePairsPer100: number;
  /** Edge pairs that cross (sharing no end), per edge. */
  crossingsPerEdge: number;
  /** Bounding-box area per node, in squared edge lengths: how much the reader must pan or zoom out. */
  areaPerNode: number;
}

const at = (xy: ArrayLike<number>, i: number) => xy[i] ?? 0;

/** Do segments ab and cd cross (proper intersection; touching ends do not count)? */
function cross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = side(cx, cy, dx, dy, ax, ay);
  const d2 = side(cx, cy, dx, dy, bx, by);
  const d3 = side(ax, ay, bx, by, cx, cy);
  const d4 = side(ax, ay, bx, by, dx, dy);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Crossings between edges sharing no end, by sweeping edges sorted by their left end (exact count). */
function crossings(xy: Float64Array, edges: Uint32Array): number {
  const m = edges.length / 2;
  const box = new Float64Array(4 * m);
  for (let e = 0; e < m; e++) {
    const s = at(edges, 2 * e);
    const t = at(edges, 2 * e + 1);
    box[4 * e] = Math.min(at(xy, 2 * s), at(xy, 2 * t));
    box[4 * e + 1] = Math.max(at(xy, 2 * s), at(xy, 2 * t));
    box[4 * e + 2] = Math.min(at(xy, 2 * s + 1), at(xy, 2 * t + 1));
    box[4 * e + 3] = Math.max(at(xy, 2 * s + 1), at(xy, 2 * t + 1));
  }
  const order = Array.from({ length: m }, (_, e) => e).sort((a, b) => at(box, 4 * a) - at(box, 4 * b));
  let count = 0;
  for (let i = 0; i < m; i++) {
    const a = order[i] ?? 0;
    const as = at(edges, 2 * a);
    const at_ = at(edges, 2 * a + 1);
    for (let j = i + 1; j < m; j++) {
      const b = order[j] ?? 0;
      if (at(box, 4 * b) > at(box, 4 * a + 1)) break;
      if (at(box, 4 * b + 2) > at(box, 4 * a + 3) || at(box, 4 * b + 3) < at(box, 4 * a + 2)) continue;
      const bs = at(edges, 2 * b);
      const bt = at(edges, 2 * b + 1);
      if (as === bs || as === bt || at_ === bs || at_ === bt) continue;
      if (cross(at(xy, 2 * as), at(xy, 2 * as + 1), at(xy, 2 * at_), at(xy, 2 * at_ + 1), at(xy, 2 * bs), at(xy, 2 * bs + 1), at(xy, 2 * bt), at(xy, 2 * bt + 1))) count++;
    }
  }
  return count;
}

/** Pairs of nodes closer than `distance`, on a grid of that size. */
function closePairs(xy: Float64Array, n: number, distance: number): number {
  const cells = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const key = `${Math.floor(at(xy, 2 * i) / distance)},${Math.floor(at(xy, 2 * i + 1) / distance)}`;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(at(xy, 2 * i) / distance);
    const cy = Math.floor(at(xy, 2 * i + 1) / distance);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of cells.get(`${gx},${gy}`) ?? []) {
          if (j > i && Math.hypot(at(xy, 2 * i) - at(xy, 2 * j), at(xy, 2 * i + 1) - at(xy, 2 * j + 1)) < distance) count++;
        }
      }
    }
  }
  return count;
}

/** The quality figures of positions `xy` for `graph`, after scaling so the median edge is `edgeLength`. */
export function layoutQuality(graph: LayoutGraph, positions: Float64Array, edgeLength: number): LayoutQuality {
  const n = graph.nodeCount;
  const m = graph.edges.length / 2;
  const lengthOf = (xy: Float64Array, e: number) => {
    const s = at(graph.edges, 2 * e);
    const t = at(graph.edges, 2 * e + 1);
    return Math.hypot(at(xy, 2 * t) - at(xy, 2 * s), at(xy, 2 * t + 1) - at(xy, 2 * s + 1));
  };
  const raw = Array.from({ length: m }, (_, e) => lengthOf(positions, e)).sort((a, b) => a - b);
  const median = raw[Math.floor(m / 2)] ?? 1;
  const xy = positions.map((v) => (v * edgeLength) / (median || 1));
  const lengths = raw.map((l) => (l * edgeLength) / (median || 1));
  const mean = lengths.reduce((sum, l) => sum + l, 0) / Math.max(m, 1);
  const sd = Math.sqrt(lengths.reduce((sum, l) => sum + (l - mean) ** 2, 0) / Math.max(m, 1));
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    x1 = Math.min(x1, at(xy, 2 * i));
    x2 = Math.max(x2, at(xy, 2 * i));
    y1 = Math.min(y1, at(xy, 2 * i + 1));
    y2 = Math.max(y2, at(xy, 2 * i + 1));
  }
  return {
    medianEdge: median,
    edgeLengthCv: sd / (mean || 1),
    longestEdge: (lengths.at(-1) ?? 0) / edgeLength,
    closePairsPer100: (closePairs(xy, n, edgeLength * 0.4) / Math.max(n, 1)) * 100,
    crossingsPerEdge: crossings(xy, graph.edges) / Math.max(m, 1),
    areaPerNode: ((x2 - x1) * (y2 - y1)) / Math.max(n, 1) / (edgeLength * edgeLength),
  };
}
