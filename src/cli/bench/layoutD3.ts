// d3-force as a candidate for the app's layout (see layoutCandidates.ts); its own file, so its bytes can be measured alone.
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { EDGE_LENGTH } from '../../model/layout/forceLayout';
import { initialPlacement } from '../../model/layout/initialPlacement';
import type { LayoutGraph } from '../../model/layout/layoutGraph';
import { mulberry32 } from '../../model/seededRandom';
import { finish } from './layoutFinish';

/**
 * d3-force: link springs of the app's edge length, many-body repulsion (Barnes–Hut, θ 0.9) scaled to that length,
 * and a weak pull to the centre, with d3's own cooling (300 ticks); seeded through randomSource.
 */
export const d3Layout = (graph: LayoutGraph, seed: number): Float64Array => {
  const n = graph.nodeCount;
  const start = initialPlacement(graph, seed, EDGE_LENGTH);
  const nodes: SimulationNodeDatum[] = Array.from({ length: n }, (_, i) => ({ index: i, x: start[2 * i] ?? 0, y: start[2 * i + 1] ?? 0 }));
  const links: { source: number; target: number }[] = [];
  for (let e = 0; e < graph.edges.length; e += 2) links.push({ source: graph.edges[e] ?? 0, target: graph.edges[e + 1] ?? 0 });
  // d3's defaults are tuned for 30 px links and strength -30; repulsion moves by strength/d, so it scales with length².
  const scale = EDGE_LENGTH / 30;
  const simulation = forceSimulation(nodes)
    .randomSource(mulberry32(seed))
    .force('link', forceLink(links).distance(EDGE_LENGTH))
    .force('charge', forceManyBody().strength(-30 * scale * scale))
    .force('x', forceX(0).strength(0.03))
    .force('y', forceY(0).strength(0.03))
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);
  const x = Float64Array.from(nodes, (d) => d.x ?? 0);
  const y = Float64Array.from(nodes, (d) => d.y ?? 0);
  return finish(x, y, n);
};
