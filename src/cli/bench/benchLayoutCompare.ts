// `npm run bench:layout-compare`: our force layout against d3-force and graphology-layout-forceatlas2 (issue 11) on the
// synthetic stories, in Node: time (median of BENCH_ROUNDS, candidates alternating within each round), layout quality
// (layoutQuality.ts) and the gzipped bytes each would put in the layout worker's chunk. Prints a table and writes
// bench-results/layout-compare.json. Reports only; nothing here fails on a slow machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { EDGE_LENGTH } from '../../model/layout/forceLayout';
import { layoutGraphOf } from '../../model/layout/layoutGraph';
import { median, round } from './benchStats';
import { LAYOUT_CANDIDATES } from './layoutCandidates';
import { layoutQuality, type LayoutQuality } from './layoutQuality';
import { syntheticStory } from './syntheticStory';

const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map(Number)
  : process.env.BENCH_FULL === '1' ? [100, 1_000, 5_000, 10_000] : [100, 1_000, 5_000];
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const SEED = 20_250_905;

/** What each candidate's worker would import: the worker's own shape, so the bytes are what a page would fetch. */
const WORKER_ENTRIES: Record<string, string> = {
  ours: `import { runForceLayout } from '../../model/layout/forceLayout'; self.onmessage = (e) => postMessage(runForceLayout(e.data.graph, { seed: e.data.seed }));`,
  'd3-force': `import { d3Layout } from './layoutD3'; self.onmessage = (e) => postMessage(d3Layout(e.data.graph, e.data.seed));`,
  'forceatlas2 (Barnes–Hut)': `import { forceAtlas2Layout } from './layoutForceAtlas2'; self.onmessage = (e) => postMessage(forceAtlas2Layout(e.data.graph, e.data.seed, true));`,
  forceatlas2: `import { forceAtlas2Layout } from './layoutForceAtlas2'; self.onmessage = (e) => postMessage(forceAtlas2Layout(e.data.graph, e.data.seed));`,
};

/** Gzipped (level 9, as `npm run size`) bytes of a minified bundle of the entry. */
async function workerBytes(entry: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

interface Row {
  nodes: number;
  edges: number;
  candidate: string;
  medianMs: number;
  runsMs: number[];
  quality: LayoutQuality;
}

async function main(): Promise<void> {
  const names = Object.keys(LAYOUT_CANDIDATES);
  const rows: Row[] = [];
  for (const nodes of SIZES) {
    const { graph } = layoutGraphOf(syntheticStory(nodes, { seed: SEED, positions: false }));
    const times = new Map<string, number[]>(names.map((name) => [name, []]));
    const last = new Map<string, Float64Array>();
    // One unrecorded run each first (V8 warm-up), then rounds in rotating order, so drift falls on all alike.
    for (const name of names) LAYOUT_CANDIDATES[name]?.(graph, SEED);
    for (let r = 0; r < ROUNDS; r++) {
      const order = names.map((_, i) => names[(i + r) % names.length] ?? '');
      for (const name of order) {
        const layout = LAYOUT_CANDIDATES[name];
        if (!layout) continue;
        process.stderr.write(`  ${nodes} nodes, round ${r + 1}/${ROUNDS}, ${name}…\n`);
        const start = performance.now();
        last.set(name, layout(graph, SEED));
        times.get(name)?.push(performance.now() - start);
      }
    }
    for (const name of names) {
      const xy = last.get(name) ?? new Float64Array();
      const runsMs = times.get(name) ?? [];
      rows.push({ nodes, edges: graph.edges.length / 2, candidate: name, medianMs: median(runsMs), runsMs: runsMs.map(Math.round), quality: layoutQuality(graph, xy, EDGE_LENGTH) });
    }
  }

  const bytes = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await workerBytes(WORKER_ENTRIES[name] ?? '')] as const)));
  console.log(`\n### Force layouts on the synthetic stories (Node, median of ${ROUNDS}; quality at a median edge of ${EDGE_LENGTH})\n`);
  console.log('| nodes | layout | time (ms) | median edge as laid out | edge length CV | longest edge (× median) | node pairs closer than 0.4 edge, per 100 nodes | crossings per edge | area per node (edge²) |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const q = row.quality;
    console.log(`| ${row.nodes.toLocaleString('en-US')} | ${row.candidate} | ${Math.round(row.medianMs).toLocaleString('en-US')} | ${Math.round(q.medianEdge)} | ${q.edgeLengthCv.toFixed(2)} | ${q.longestEdge.toFixed(1)} | ${q.closePairsPer100.toFixed(2)} | ${q.crossingsPerEdge.toFixed(2)} | ${q.areaPerNode.toFixed(2)} |`);
  }
  console.log('\n| layout | worker code, minified | gzipped |');
  console.log('|---|---:|---:|');
  for (const name of names) console.log(`| ${name} | ${((bytes[name]?.minified ?? 0) / 1024).toFixed(1)} kB | ${((bytes[name]?.gzipped ?? 0) / 1024).toFixed(1)} kB |`);

  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadAverage: loadavg().map((l) => round(l)) };
  console.log(`\nmachine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load average ${machine.loadAverage.join(' ')}`);
  mkdirSync('bench-results', { recursive: true });
  const report = { date: new Date().toISOString(), seed: SEED, rounds: ROUNDS, edgeLength: EDGE_LENGTH, machine, workerBytes: bytes, sizes: rows.map((r) => ({ ...r, medianMs: Math.round(r.medianMs), quality: Object.fromEntries(Object.entries(r.quality).map(([k, v]) => [k, round(v, 3)])) })) };
  writeFileSync('bench-results/layout-compare.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('wrote bench-results/layout-compare.json');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
