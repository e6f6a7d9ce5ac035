// graphology-layout-forceatlas2 as a candidate for the app's layout (see layoutCandidates.ts); its own file, so its bytes can be measured alone.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { defaultIterations, EDGE_LENGTH } from '../../model/layout/forceLayout';
import { initialPlacement } from '../../model/layout/initialPlacement';
import type { LayoutGraph } from '../../model/layout/layoutGraph';
import { finish, toEdgeLength } from './layoutFinish';

/**
 * graphology-layout-forceatlas2 with the settings it infers for the graph's size (Barnes–Hut above 2,000 nodes), as
 * many iterations as ours takes steps (`barnesHut` forces its Barnes–Hut approximation on or off), then scaled so the median edge is the app's edge length.
 */
export const forceAtlas2Layout = (graph: LayoutGraph, seed: number, barnesHut?: boolean): Float64Array => {
  const n = graph.nodeCount;
  const start = initialPlacement(graph, seed, EDGE_LENGTH);
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) g.addNode(String(i), { x: start[2 * i] ?? 0, y: start[2 * i + 1] ?? 0 });
  for (let e = 0; e < graph.edges.length; e += 2) g.mergeEdge(String(graph.edges[e]), String(graph.edges[e + 1]));
  const positions = forceAtlas2(g, { iterations: defaultIterations(n), settings: { ...forceAtlas2.inferSettings(g), ...(barnesHut === undefined ? {} : { barnesHutOptimize: barnesHut }) } });
  const xy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const p = positions[String(i)];
    xy[2 * i] = p?.x ?? 0;
    xy[2 * i + 1] = p?.y ?? 0;
  }
  toEdgeLength(xy, graph);
  const x = Float64Array.from({ length: n }, (_, i) => xy[2 * i] ?? 0);
  const y = Float64Array.from({ length: n }, (_, i) => xy[2 * i + 1] ?? 0);
  return finish(x, y, n);
};
