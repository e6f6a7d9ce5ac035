// `npm run bench:layout`: the layout (runLayout: multilevel from MULTILEVEL_NODES nodes; the one the explorer runs in a Web Worker for stories without saved
// positions) on synthetic stories in Node, timed; prints a table and writes bench-results/layout.json.
// Reports times only; nothing here fails on a slow machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { defaultIterations } from '../../model/layout/forceLayout';
import { MULTILEVEL_NODES, runLayout } from '../../model/layout/multilevelLayout';
import { layoutGraphOf } from '../../model/layout/layoutGraph';
import { median } from './benchStats';
import { syntheticStory } from './syntheticStory';

/** Story sizes measured, in nodes (issue 5 asks for 10,000 nodes and 20,000 edges). */
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1_000, 5_000, 10_000];
const RUNS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const SEED = 20_250_905;

const rows = SIZES.map((nodes) => {
  const { graph } = layoutGraphOf(syntheticStory(nodes, { seed: SEED, positions: false }));
  // One unrecorded run: the first pays for V8's warm-up, which a worker pays once per page, not per size.
  runLayout(graph, { seed: SEED });
  const runsMs = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    runLayout(graph, { seed: SEED });
    return performance.now() - start;
  });
  const row = { nodes, edges: graph.edges.length / 2, iterations: nodes >= MULTILEVEL_NODES ? 'multilevel' : defaultIterations(nodes), medianMs: Math.round(median(runsMs)), runsMs: runsMs.map(Math.round) };
  console.log(`${nodes.toLocaleString('en-US')} nodes, ${row.edges.toLocaleString('en-US')} edges, ${typeof row.iterations === 'number' ? `${row.iterations} steps` : 'several levels'}: ${(row.medianMs / 1000).toFixed(2)} s (median of ${RUNS})`);
  return row;
});

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version };
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/layout.json', `${JSON.stringify({ date: new Date().toISOString(), seed: SEED, machine, sizes: rows }, null, 2)}\n`);
console.log('wrote bench-results/layout.json');
