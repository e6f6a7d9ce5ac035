// `npm run bench:model`: parse + validate + anchor every quote of synthetic stories in Node, timed; prints a table
// and writes bench-results/model.json. Reports times only; nothing here fails on a slow machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseStoryText } from '../../model/story/parseStory';
import { benchSearch } from './benchSearch';
import { syntheticStory } from './syntheticStory';

/** Story sizes measured, in nodes (issue 5). */
const BENCH_SIZES = [100, 1_000, 5_000, 10_000] as const;
/** Issue 5's target: validate and anchor a 10,000-node story in under this many ms in Node. */
const TARGET_MS_AT_10K = 300;
const SEED = 20_250_905;
const WARMUP = 1;
const RUNS = 5;

/** One measured size. */
interface ModelBenchRow {
  nodes: number;
  edges: number;
  paragraphs: number;
  quotes: number;
  bytes: number;
  runsMs: number[];
  medianMs: number;
  msPer1000Quotes: number;
}

/** Middle value of the sorted samples (mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

function measure(nodes: number): ModelBenchRow {
  // Positions on: the larger file, as a saved story would be.
  const story = syntheticStory(nodes, { seed: SEED, positions: true });
  const text = JSON.stringify(story);
  const quotes = [...story.nodes, ...story.edges].reduce((sum, element) => sum + element.evidence.length, 0);
  const runsMs: number[] = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const start = performance.now();
    const result = parseStoryText(text);
    const elapsed = performance.now() - start;
    // A story that fails its checks would time the error path, not the work; stop rather than report it.
    if (!result.ok) throw new Error(`synthetic story of ${nodes} nodes is invalid: ${result.problems[0]?.path}: ${result.problems[0]?.message}`);
    if (run >= WARMUP) runsMs.push(elapsed);
  }
  const medianMs = median(runsMs);
  return {
    nodes,
    edges: story.edges.length,
    paragraphs: story.article.paragraphs.length,
    quotes,
    bytes: text.length,
    runsMs: runsMs.map((ms) => Number(ms.toFixed(2))),
    medianMs: Number(medianMs.toFixed(2)),
    msPer1000Quotes: Number(((medianMs / quotes) * 1000).toFixed(3)),
  };
}

function main(): void {
  const rows = BENCH_SIZES.map(measure);
  const fmt = (n: number) => n.toLocaleString('en-US');
  console.log('parse + validate + anchor all quotes (parseStoryText), Node, median of 5 runs after 1 warm-up\n');
  console.log('| nodes | edges | quotes | JSON MB | median ms | ms per 1,000 quotes |');
  console.log('|------:|------:|-------:|--------:|----------:|--------------------:|');
  for (const r of rows) {
    console.log(`| ${fmt(r.nodes)} | ${fmt(r.edges)} | ${fmt(r.quotes)} | ${(r.bytes / 1e6).toFixed(2)} | ${r.medianMs.toFixed(1)} | ${r.msPer1000Quotes.toFixed(2)} |`);
  }
  const at = (nodes: number) => rows.find((r) => r.nodes === nodes);
  const big = at(10_000);
  const small = at(1_000);
  const met = big !== undefined && big.medianMs < TARGET_MS_AT_10K;
  // Per-quote cost at 10k over 1k: about 1 when the work grows linearly with the story, well above 1 if something is quadratic.
  const linearity = big && small ? big.medianMs / big.quotes / (small.medianMs / small.quotes) : NaN;
  console.log(`\ntarget: under ${TARGET_MS_AT_10K} ms at 10,000 nodes: ${met ? 'met' : 'NOT met'} (${big?.medianMs.toFixed(1)} ms)`);
  console.log(`linearity: ms per quote at 10k ÷ at 1k = ${linearity.toFixed(2)} (1.00 is linear)`);
  const search = benchSearch(syntheticStory(10_000, { seed: SEED, positions: true }), RUNS);
  console.log(
    `search at 10,000 nodes: index built in ${search.buildMs.toFixed(1)} ms (once per story, on the first search); ` +
      `per keystroke median ${search.queryMedianMs.toFixed(3)} ms, p95 ${search.queryP95Ms.toFixed(3)} ms (${search.keystrokes} keystrokes)`,
  );

  const cpu = cpus();
  const machine = { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)), node: process.version, platform: process.platform };
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}`);
  mkdirSync('bench-results', { recursive: true });
  const report = { date: new Date().toISOString(), seed: SEED, warmup: WARMUP, runs: RUNS, machine, targetMsAt10k: TARGET_MS_AT_10K, targetMet: met, linearity: Number(linearity.toFixed(3)), search, rows };
  writeFileSync('bench-results/model.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('wrote bench-results/model.json');
}

main();
