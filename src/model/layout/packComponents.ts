import { adjacency } from './initialPlacement';
import type { LayoutGraph } from './layoutGraph';

/**
 * Gathers a laid-out picture's separate pieces (components: a node with no relation, two nodes joined only to each
 * other) next to the main one, in rows, largest first, instead of wherever the forces left them: a story with one
 * unconnected node was drawn as a chain on one side of the box and that node alone on the other. Each piece keeps
 * its own shape; only its place changes. `xy` is interleaved [x0, y0, x1, y1, …]; returns a new array.
 */
export function packComponents(xy: Float64Array, graph: LayoutGraph, gap: number): Float64Array {
  const out = Float64Array.from(xy);
  const pieces = componentsOf(graph);
  if (pieces.length < 2) return out;
  const boxes = pieces.map((nodes) => boxOf(xy, nodes));
  const order = pieces.map((_, i) => i).sort((a, b) => (pieces[b]?.length ?? 0) - (pieces[a]?.length ?? 0) || a - b);
  // Rows as wide as the main piece, or as a square holding every piece if that is wider.
  const area = boxes.reduce((sum, b) => sum + (b.w + gap) * (b.h + gap), 0);
  const main = boxes[order[0] ?? 0];
  const rowWidth = Math.max(main?.w ?? 0, Math.sqrt(area));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const i of order) {
    const box = boxes[i];
    const nodes = pieces[i];
    if (!box || !nodes) continue;
    if (x > 0 && x + box.w > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    for (const n of nodes) {
      out[2 * n] = (xy[2 * n] ?? 0) - box.x1 + x;
      out[2 * n + 1] = (xy[2 * n + 1] ?? 0) - box.y1 + y;
    }
    x += box.w + gap;
    rowHeight = Math.max(rowHeight, box.h);
  }
  return out;
}

/** The graph's components as lists of node numbers, each in ascending order, in order of their lowest node. */
function componentsOf(graph: LayoutGraph): number[][] {
  const { offsets, neighbours } = adjacency(graph);
  const seen = new Uint8Array(graph.nodeCount);
  const pieces: number[][] = [];
  for (let start = 0; start < graph.nodeCount; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const piece = [start];
    for (let head = 0; head < piece.length; head++) {
      const node = piece[head] ?? 0;
      for (let e = offsets[node] ?? 0; e < (offsets[node + 1] ?? 0); e++) {
        const next = neighbours[e] ?? 0;
        if (seen[next]) continue;
        seen[next] = 1;
        piece.push(next);
      }
    }
    pieces.push(piece.sort((a, b) => a - b));
  }
  return pieces;
}

function boxOf(xy: Float64Array, nodes: readonly number[]): { x1: number; y1: number; w: number; h: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, xy[2 * n] ?? 0);
    y1 = Math.min(y1, xy[2 * n + 1] ?? 0);
    x2 = Math.max(x2, xy[2 * n] ?? 0);
    y2 = Math.max(y2, xy[2 * n + 1] ?? 0);
  }
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}
