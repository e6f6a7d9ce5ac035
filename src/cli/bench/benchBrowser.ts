// `npm run bench:browser`: loads synthetic stories in headless Chromium, in the explorer (ours) and in a bare
// Cytoscape.js page (bare), alternating A/B, and prints ours, bare and ours/bare per figure; writes
// bench-results/browser.json. Needs `npm run build` first. Reports times only; nothing here fails on a slow machine.
// BENCH_PROFILE=mobile: a phone (390x844, CPU throttled 4x through the DevTools protocol), written to
// bench-results/browser-mobile.json. BENCH_PART=embed runs the embed bench instead (benchEmbed.ts), BENCH_PART=list the windowed-list
// bench (benchList.ts), BENCH_PART=all all three.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';
import { startStaticServer } from '../staticServer';
import { heapProbe, loadProbe, longTaskProbe, longTasksAfterFirstRender, NAME_SHIM, panZoomProbe, selectionProbe, viewProbe, type LoadTimes, type PageKind } from './browserProbes';
import { median, percentile, ratio, round } from './benchStats';
import { MOBILE, runEmbedBench } from './benchEmbed';
import { markReader, MARKS } from './benchMarks';
import { runListBench } from './benchList';
import { syntheticStory } from './syntheticStory';

/** Story sizes measured, in nodes; 10,000 only with BENCH_FULL=1, as it takes minutes on a 2-core machine. BENCH_SIZES=100,1000 picks others. */
const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map(Number)
  : process.env.BENCH_FULL === '1' ? [100, 1_000, 5_000, 10_000] : [100, 1_000, 5_000];
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
/** Saved positions or not: a story without them is laid out when it opens. BENCH_POSITIONS=saved|none|both (default both). */
const VARIANTS = (process.env.BENCH_POSITIONS === 'saved' ? ['saved'] : process.env.BENCH_POSITIONS === 'none' ? ['none'] : ['saved', 'none']) as Variant[];
type Variant = 'saved' | 'none';
const SEED = 20_250_905;
const SELECTIONS = 50;
const PAN_ZOOM_FRAMES = 60;
const LOAD_TIMEOUT_MS = 120_000;
/** Desktop by default; the mobile profile is a phone's screen on a CPU a quarter of this machine's. */
const PROFILE = process.env.BENCH_PROFILE === 'mobile' ? { name: 'mobile', ...MOBILE } : { name: 'desktop', viewport: { width: 1280, height: 800 }, cpuThrottle: 1 };
const VIEWPORT = PROFILE.viewport;
const PART = process.env.BENCH_PART ?? 'grid';
// --expose-gc: heap after a full collection, not after whatever garbage the load left; precise memory info: else
// Chromium rounds usedJSHeapSize to coarse buckets to hide it from fingerprinting.
const ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'];

/** One page load of one size, measured. */
interface Run extends LoadTimes {
  kind: PageKind;
  frameDeltasMs: number[];
  heapBytes: number;
  gc: boolean;
  selectionMs: number[];
  longTaskMaxMs: number;
  longTasksOver200: number;
  view: { zoom: number; width: number; height: number; visibleNodes: number };
}

/** The figures of one page at one size, over all its rounds. */
type Figures = Record<(typeof FIGURES)[number]['key'], number>;

const FIGURES = [
  { key: 'firstRenderMs', label: 'navigation → first render (ms, median)' },
  { key: 'interactiveMs', label: 'navigation → interactive (ms, median)' },
  { key: 'selectionP50Ms', label: 'selection → panel painted p50 (ms)' },
  { key: 'selectionP95Ms', label: 'selection → panel painted p95 (ms)' },
  { key: 'frameMedianMs', label: 'pan/zoom frame median (ms)' },
  { key: 'frameP95Ms', label: 'pan/zoom frame p95 (ms)' },
  { key: 'heapMB', label: 'JS heap after load (MB, median)' },
  { key: 'longTaskMaxMs', label: 'longest main-thread task after first render (ms, max)' },
] as const;

function figures(runs: Run[]): Figures {
  const all = (pick: (r: Run) => number[]) => runs.flatMap(pick);
  return {
    firstRenderMs: median(runs.map((r) => r.firstRenderMs)),
    interactiveMs: median(runs.map((r) => r.interactiveMs)),
    selectionP50Ms: percentile(all((r) => r.selectionMs), 50),
    selectionP95Ms: percentile(all((r) => r.selectionMs), 95),
    frameMedianMs: median(all((r) => r.frameDeltasMs)),
    frameP95Ms: percentile(all((r) => r.frameDeltasMs), 95),
    heapMB: median(runs.map((r) => r.heapBytes / 2 ** 20)),
    longTaskMaxMs: Math.max(...runs.map((r) => r.longTaskMaxMs)),
  };
}

/** One fresh context and page: load, then heap, pan/zoom frames and (ours only) selections. Any page error aborts. */
async function measureOnce(browser: Browser, base: string, kind: PageKind, story: string, labels: string[], canvas: { width: number; height: number } | null): Promise<Run> {
  const nodes = labels.length;
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  if (PROFILE.cpuThrottle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuThrottle });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const fail = (what: string, cause?: unknown) => {
    const detail = errors.length ? `page errors: ${errors.join(' | ')}` : cause instanceof Error ? cause.message : String(cause ?? '');
    return new Error(`bench:browser: ${kind} at ${nodes} nodes: ${what}. ${detail}`);
  };
  try {
    // Bare draws in a box the size of ours' canvas, so both show the same view of the graph.
    const size = canvas ? `&width=${canvas.width}&height=${canvas.height}` : '';
    const url = kind === 'ours' ? `${base}/index.html?story=${story}` : `${base}/src/bench/bare.html?story=${story}${size}`;
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(markReader, MARKS);
    await page.addInitScript(longTaskProbe);
    await page.addInitScript(loadProbe, { kind, id: 'n0', label: labels[0] ?? '', timeoutMs: LOAD_TIMEOUT_MS });
    const response = await page.goto(url, { waitUntil: 'commit' });
    if (!response?.ok()) throw fail(`${url} answered ${response?.status()} (was dist/ rebuilt during the bench?)`);
    const load = await page.evaluate(() => (window as unknown as { __benchLoad: Promise<LoadTimes> }).__benchLoad).catch((e: unknown) => {
      throw fail('the page never became interactive', e);
    });
    // Two idle seconds after interactive, so work the load left behind (a layout finishing) shows among the long tasks.
    await page.waitForTimeout(2_000);
    const longTasks = await page.evaluate(longTasksAfterFirstRender);
    const heap = await page.evaluate(heapProbe);
    const view = await page.evaluate(viewProbe, kind);
    const frameDeltasMs = await page.evaluate(panZoomProbe, { kind, frames: PAN_ZOOM_FRAMES });
    // Distinct nodes spread over the story (7919 is prime, so the picks never repeat for these sizes); n0 is already selected.
    const targets = Array.from({ length: SELECTIONS }, (_, i) => (((i + 1) * 7919) % (nodes - 1)) + 1).map((n) => ({ id: `n${n}`, label: labels[n] ?? '' }));
    const selectionMs = await page.evaluate(selectionProbe, { kind, targets });
    if (errors.length) throw fail('the page logged errors');
    return { kind, ...load, heapBytes: heap.usedBytes, gc: heap.gc, frameDeltasMs, selectionMs, longTaskMaxMs: longTasks.maxMs, longTasksOver200: longTasks.over200, view };
  } catch (error) {
    throw error instanceof Error && error.message.startsWith('bench:browser') ? error : fail('measuring failed', error);
  } finally {
    await context.close();
  }
}

function printTable(nodes: number, variant: Variant, ours: Figures, bare: Figures, runs: Run[]): void {
  const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
  const view = (kind: PageKind) => runs.find((r) => r.kind === kind)?.view;
  const o = view('ours');
  const b = view('bare');
  const positions = variant === 'saved' ? 'saved positions' : 'no saved positions: laid out on opening';
  console.log(`\n### ${nodes.toLocaleString('en-US')} nodes (${positions}, ${ROUNDS} ${ROUNDS === 1 ? 'round' : 'rounds'} A/B)\n`);
  console.log('| figure | ours | bare | ours/bare |');
  console.log('|---|---:|---:|---:|');
  for (const { key, label } of FIGURES) console.log(`| ${label} | ${fmt(ours[key])} | ${fmt(bare[key])} | ${fmt(ratio(ours[key], bare[key]), 2)} |`);
  if (o && b) {
    console.log(`\nview after load: ours ${o.width}x${o.height} px at zoom ${o.zoom.toFixed(3)} (${o.visibleNodes} nodes in view), ` +
      `bare ${b.width}x${b.height} px at zoom ${b.zoom.toFixed(3)} (${b.visibleNodes} nodes in view)`);
  }
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html') || !existsSync('dist-extras/src/bench/bare.html')) {
    throw new Error('bench:browser: no build of index.html in dist/ or of src/bench/bare.html in dist-extras/; run `npm run build && npm run build:extras` first.');
  }
  // Stories by file name; labels (by node index) let the probes know what the panel should show.
  const stories = new Map<string, { text: string; labels: string[]; edges: number }>();
  const fileFor = (nodes: number, variant: Variant) => `story-${nodes}${variant === 'none' ? '-unplaced' : ''}.json`;
  for (const nodes of [...new Set([100, ...SIZES])]) {
    for (const variant of VARIANTS) {
      const story = syntheticStory(nodes, { seed: SEED, positions: variant === 'saved' });
      stories.set(fileFor(nodes, variant), { text: JSON.stringify(story), labels: story.nodes.map((n) => n.label), edges: story.edges.length });
    }
  }
  // The static server serves dist-extras/bench-stories/, so the stories go there; a rebuild (`vite build --mode extras` empties it) removes them,
  // so each page load writes its story back if it is gone.
  const storyUrl = (file: string) => {
    const path = `dist-extras/bench-stories/${file}`;
    if (!existsSync(path)) {
      mkdirSync('dist-extras/bench-stories', { recursive: true });
      writeFileSync(path, stories.get(file)?.text ?? '');
    }
    return `/bench-stories/${file}`;
  };

  const server = await startStaticServer(0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: ARGS, headless: true });
  const chromiumVersion = browser.version();
  const results = [];
  try {
    if (PART === 'embed' || PART === 'all') await runEmbedBench(browser, base, ROUNDS);
    if (PART === 'list' || PART === 'all') await runListBench(browser, base, ROUNDS, VIEWPORT, PROFILE.cpuThrottle);
    if (PART === 'embed' || PART === 'list') return;
    // One unrecorded pair first: the first load of a fresh browser pays for its caches and JIT warm-up. Ours' run
    // also tells the size of its graph canvas, which bare then uses.
    const warmFile = fileFor(100, VARIANTS[0] ?? 'saved');
    const warm = await measureOnce(browser, base, 'ours', storyUrl(warmFile), stories.get(warmFile)?.labels ?? [], null);
    const canvas = { width: Math.round(warm.view.width), height: Math.round(warm.view.height) };
    await measureOnce(browser, base, 'bare', storyUrl(warmFile), stories.get(warmFile)?.labels ?? [], canvas);
    for (const nodes of SIZES) {
      for (const variant of VARIANTS) {
        const file = fileFor(nodes, variant);
        const labels = stories.get(file)?.labels ?? [];
        const runs: Run[] = [];
        for (let r = 0; r < ROUNDS; r++) {
          // ABBA order: drift in the machine's speed over a size's runs falls on both pages alike.
          const order: PageKind[] = r % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
          for (const kind of order) {
            process.stderr.write(`  ${file}, round ${r + 1}/${ROUNDS}, ${kind}…\n`);
            runs.push(await measureOnce(browser, base, kind, storyUrl(file), labels, canvas));
          }
        }
        const ours = figures(runs.filter((r) => r.kind === 'ours'));
        const bare = figures(runs.filter((r) => r.kind === 'bare'));
        printTable(nodes, variant, ours, bare, runs);
        const rounded = (f: Figures) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, round(v)]));
        const ratios = Object.fromEntries(FIGURES.map(({ key }) => [key, round(ratio(ours[key], bare[key]), 3)]));
        results.push({ nodes, positions: variant, edges: stories.get(file)?.edges, ours: rounded(ours), bare: rounded(bare), ratio: ratios, runs });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const cpu = cpus();
  const machine = { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)), node: process.version, platform: process.platform, chromium: chromiumVersion, loadAverage: loadavg().map((l) => round(l)) };
  console.log(`\nprofile: ${PROFILE.name}, ${VIEWPORT.width}x${VIEWPORT.height}, CPU throttle ${PROFILE.cpuThrottle}x`);
  console.log(`\nmachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, load average ${machine.loadAverage.join(' ')}, Chromium ${machine.chromium} (headless, software rendering)`);
  console.log('interactive: ours = a tap on a node shows its name in the details panel, painted; bare = a tap on a node reaches a listener, painted.');
  console.log('selection: ours = tap until the details panel shows the node, painted; bare = tap until the same restyle of the graph is painted.');
  mkdirSync('bench-results', { recursive: true });
  const report = { date: new Date().toISOString(), profile: PROFILE, seed: SEED, rounds: ROUNDS, selectionsPerRun: SELECTIONS, panZoomFrames: PAN_ZOOM_FRAMES, viewport: VIEWPORT, machine, sizes: results };
  const file = PROFILE.name === 'mobile' ? 'bench-results/browser-mobile.json' : 'bench-results/browser.json';
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
