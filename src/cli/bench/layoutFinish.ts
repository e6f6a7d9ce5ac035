// What every compared layout shares (see layoutCandidates.ts): the finishing pass ours ships, and a rescale to the app's edge length.
import { EDGE_LENGTH } from '../../model/layout/forceLayout';
import type { LayoutGraph } from '../../model/layout/layoutGraph';
import { spreadApart } from '../../model/layout/spreadApart';

/** The finishing pass every candidate gets, as ours ships it: 8 passes parting nodes closer than half an edge. */
export function finish(x: Float64Array, y: Float64Array, n: number): Float64Array {
  for (let pass = 0; pass < 8; pass++) spreadApart(x, y, n, EDGE_LENGTH * 0.5);
  const xy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    xy[2 * i] = x[i] ?? 0;
    xy[2 * i + 1] = y[i] ?? 0;
  }
  return xy;
}

/**
 * Scales positions about their centre so the median edge is EDGE_LENGTH long: ForceAtlas2 has no edge length of its
 * own, and the app's labels are sized in graph units, so a layout must be at this scale to be drawn.
 */
export function toEdgeLength(xy: Float64Array, graph: LayoutGraph): void {
  const lengths: number[] = [];
  for (let e = 0; e < graph.edges.length; e += 2) {
    const s = graph.edges[e] ?? 0;
    const t = graph.edges[e + 1] ?? 0;
    lengths.push(Math.hypot((xy[2 * t] ?? 0) - (xy[2 * s] ?? 0), (xy[2 * t + 1] ?? 0) - (xy[2 * s + 1] ?? 0)));
  }
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  if (median > 0) for (let i = 0; i < xy.length; i++) xy[i] = (xy[i] ?? 0) * (EDGE_LENGTH / median);
}
