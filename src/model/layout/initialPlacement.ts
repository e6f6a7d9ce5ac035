import { mulberry32 } from '../seededRandom';
import type { LayoutGraph } from './layoutGraph';

/**
 * The force layout's starting point, cheap enough (O(nodes + edges)) to draw at once while the real layout runs:
 * nodes in breadth-first order, one component after another, along a spiral whose turns and steps are `spacing`
 * apart. Neighbours start near each other, so the forces untangle less; a seeded jitter keeps any two nodes
 * from sharing a position. Returns interleaved coordinates [x0, y0, x1, y1, …].
 */
export function initialPlacement(graph: LayoutGraph, seed: number, spacing: number): Float64Array {
  const n = graph.nodeCount;
  const order = breadthFirstOrder(graph);
  const random = mulberry32(seed);
  const xy = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    const node = order[k] ?? 0;
    // An Archimedean spiral walked at constant arc length: the k-th point is at angle √(4πk), radius spacing·√(k/π).
    const angle = Math.sqrt(4 * Math.PI * k);
    const radius = spacing * Math.sqrt(k / Math.PI);
    xy[2 * node] = radius * Math.cos(angle) + (random() - 0.5) * spacing * 0.25;
    xy[2 * node + 1] = radius * Math.sin(angle) + (random() - 0.5) * spacing * 0.25;
  }
  return xy;
}

/** Every node once: breadth-first from the lowest-numbered node not yet reached, neighbours in edge order. */
export function breadthFirstOrder(graph: LayoutGraph): Uint32Array {
  const n = graph.nodeCount;
  const { offsets, neighbours } = adjacency(graph);
  const order = new Uint32Array(n);
  const seen = new Uint8Array(n);
  let tail = 0;
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    let head = tail;
    order[tail++] = start;
    while (head < tail) {
      const node = order[head++] ?? 0;
      for (let e = offsets[node] ?? 0; e < (offsets[node + 1] ?? 0); e++) {
        const next = neighbours[e] ?? 0;
        if (seen[next]) continue;
        seen[next] = 1;
        order[tail++] = next;
      }
    }
  }
  return order;
}

/** Compressed adjacency: the neighbours of node i are neighbours[offsets[i] .. offsets[i + 1]). */
export function adjacency(graph: LayoutGraph): { offsets: Uint32Array; neighbours: Uint32Array } {
  const n = graph.nodeCount;
  const offsets = new Uint32Array(n + 1);
  for (const end of graph.edges) offsets[end + 1] = (offsets[end + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const fill = offsets.slice(0, n);
  const neighbours = new Uint32Array(graph.edges.length);
  const link = (from: number, to: number) => {
    const at = fill[from] ?? 0;
    neighbours[at] = to;
    fill[from] = at + 1;
  };
  for (let e = 0; e < graph.edges.length; e += 2) {
    link(graph.edges[e] ?? 0, graph.edges[e + 1] ?? 0);
    link(graph.edges[e + 1] ?? 0, graph.edges[e] ?? 0);
  }
  return { offsets, neighbours };
}
