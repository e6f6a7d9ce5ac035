import { mulberry32 } from '../seededRandom';
import { adjacency } from './initialPlacement';
import type { LayoutGraph } from './layoutGraph';

/** A coarser graph and, for each node of the finer one, the coarse node it was merged into. */
export interface CoarseLevel {
  graph: LayoutGraph;
  parent: Uint32Array;
}

/**
 * One step of a multilevel layout's coarsening (Walshaw's, after Hendrickson and Leland): nodes visited in a seeded
 * random order are merged with the unmerged neighbour of fewest relations, so chains and clusters shrink while hubs
 * (whose neighbours are taken first) keep their shape; a node with no free neighbour stays as it is. Relations
 * between merged nodes become one relation of the coarse graph; those inside a merged pair disappear. O(n + e).
 */
export function coarsen(graph: LayoutGraph, seed: number): CoarseLevel {
  const n = graph.nodeCount;
  const { offsets, neighbours } = adjacency(graph);
  const order = shuffled(n, seed);
  const parent = new Uint32Array(n).fill(0xffffffff);
  let coarseCount = 0;
  for (const node of order) {
    if (parent[node] !== 0xffffffff) continue;
    let mate = -1;
    let mateDegree = Infinity;
    for (let e = offsets[node] ?? 0; e < (offsets[node + 1] ?? 0); e++) {
      const next = neighbours[e] ?? 0;
      if (next === node || parent[next] !== 0xffffffff) continue;
      const degree = (offsets[next + 1] ?? 0) - (offsets[next] ?? 0);
      if (degree < mateDegree) {
        mate = next;
        mateDegree = degree;
      }
    }
    parent[node] = coarseCount;
    if (mate >= 0) parent[mate] = coarseCount;
    coarseCount++;
  }
  const seen = new Set<number>();
  const ends: number[] = [];
  for (let e = 0; e < graph.edges.length; e += 2) {
    const s = parent[graph.edges[e] ?? 0] ?? 0;
    const t = parent[graph.edges[e + 1] ?? 0] ?? 0;
    if (s === t) continue;
    const key = s < t ? s * coarseCount + t : t * coarseCount + s;
    if (seen.has(key)) continue;
    seen.add(key);
    ends.push(s, t);
  }
  return { graph: { nodeCount: coarseCount, edges: Uint32Array.from(ends) }, parent };
}

/** 0..n-1 in a seeded random order (Fisher–Yates). */
function shuffled(n: number, seed: number): Uint32Array {
  const random = mulberry32(seed);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = swap;
  }
  return order;
}
