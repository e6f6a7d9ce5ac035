// The force layouts compared by `npm run bench:layout-compare` (issue 11: keep ours only if it beats the maintained
// libraries). Each takes the same LayoutGraph and seed, starts from the same seeded spiral (initialPlacement) and
// ends with the same finishing pass (spreadApart), so what differs is the force model and its code.
import { runForceLayout } from '../../model/layout/forceLayout';
import type { LayoutGraph } from '../../model/layout/layoutGraph';
import { createMultilevelLayout } from '../../model/layout/multilevelLayout';
import { d3Layout } from './layoutD3';
import { forceAtlas2Layout } from './layoutForceAtlas2';

/** One layout: interleaved positions [x0, y0, x1, y1, …] for the graph's nodes. */
export type LayoutCandidate = (graph: LayoutGraph, seed: number) => Float64Array;

/** Ours: Fruchterman–Reingold with Barnes–Hut repulsion (src/model/layout/forceLayout.ts), as the worker runs it. */
export const oursLayout: LayoutCandidate = (graph, seed) => runForceLayout(graph, { seed });

/** The candidates by name, in the order the report lists them. */
/** Ours on several levels (src/model/layout/multilevelLayout.ts), whatever the size. */
export const oursMultilevel: LayoutCandidate = (graph, seed) => {
  const layout = createMultilevelLayout(graph, { seed });
  while (!layout.done) layout.step(50);
  return layout.positions();
};

export const LAYOUT_CANDIDATES: Record<string, LayoutCandidate> = { ours: oursLayout, 'ours, multilevel': oursMultilevel, 'd3-force': d3Layout, forceatlas2: (graph, seed) => forceAtlas2Layout(graph, seed), 'forceatlas2 (Barnes–Hut)': (graph, seed) => forceAtlas2Layout(graph, seed, true) };
