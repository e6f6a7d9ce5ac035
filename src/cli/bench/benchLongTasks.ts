// `npm run bench:longtasks`: opens synthetic stories WITHOUT saved positions in the built explorer (headless
// Chromium) and records every main-thread long task (PerformanceObserver 'longtask', over 50 ms) from first
// contentful paint until the graph is laid out (in the worker) and fully drawn. Issue 5's target: none over
// 200 ms at 5,000 nodes. Needs `npm run build` first; writes bench-results/longtasks.json. Reports only.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';
import { startStaticServer } from '../staticServer';
import { markReader, MARKS } from './benchMarks';
import { NAME_SHIM } from './browserProbes';
import { median } from './benchStats';
import { syntheticStory } from './syntheticStory';

const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [5_000];
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const SEED = 20_250_905;
const TIMEOUT_MS = 180_000;

interface Task {
  start: number;
  duration: number;
}

/** What one page load saw, in ms since navigation. */
interface Load {
  fcp: number;
  layoutDone: number;
  drawn: number;
  tasks: Task[];
}

/** Init script: collects long tasks from the start (buffered), so none is missed before the page's own code runs. */
function observeLongTasks(): void {
  const w = window as unknown as { __longTasks: Task[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(markReader, MARKS);
    await page.addInitScript(observeLongTasks);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __benchMarkTime: (key: string) => number | null }).__benchMarkTime('firstRender') !== null, undefined, { timeout: TIMEOUT_MS, polling: 250 });
    // A second of quiet after the last part, so the tail of the drawing is counted too.
    await page.waitForTimeout(1_000);
    if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
    return await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const mark = (key: string) => (window as unknown as { __benchMarkTime: (key: string) => number | null }).__benchMarkTime(key) ?? NaN;
      return { fcp: at('first-contentful-paint'), layoutDone: mark('layoutDone'), drawn: mark('firstRender'), tasks: (window as unknown as { __longTasks: Task[] }).__longTasks };
    });
  } finally {
    await page.close();
  }
}

/** Long tasks that start at or after first contentful paint, split by phase. */
function summarise(load: Load) {
  const after = load.tasks.filter((t) => t.start >= load.fcp);
  const longest = (tasks: Task[]) => Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
  return {
    fcpMs: Math.round(load.fcp),
    layoutDoneMs: Math.round(load.layoutDone),
    drawnMs: Math.round(load.drawn),
    count: after.length,
    over200: after.filter((t) => t.duration > 200).length,
    longestMs: longest(after),
    longestBeforeLayoutDoneMs: longest(after.filter((t) => t.start < load.layoutDone)),
    longestWhileDrawingMs: longest(after.filter((t) => t.start >= load.layoutDone)),
    totalMs: Math.round(after.reduce((sum, t) => sum + t.duration, 0)),
    tasks: after.map((t) => ({ start: Math.round(t.start), duration: Math.round(t.duration) })),
  };
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('bench:longtasks: no build in dist/; run `npm run build` first.');
  const server = await startStaticServer(0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
  const chromiumVersion = browser.version();
  const results = [];
  try {
    for (const nodes of SIZES) {
      mkdirSync('dist-extras/bench-stories', { recursive: true });
      writeFileSync(`dist-extras/bench-stories/unplaced-${nodes}.json`, JSON.stringify(syntheticStory(nodes, { seed: SEED, positions: false })));
      const runs: ReturnType<typeof summarise>[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        process.stderr.write(`  ${nodes} nodes without positions, round ${round + 1}/${ROUNDS}…\n`);
        runs.push(summarise(await loadOnce(browser, `${base}/index.html?story=/bench-stories/unplaced-${nodes}.json`)));
      }
      const med = (pick: (r: (typeof runs)[number]) => number) => Math.round(median(runs.map(pick)));
      console.log(`\n### ${nodes.toLocaleString('en-US')} nodes without positions (${ROUNDS} loads; medians, ms since navigation)\n`);
      console.log('| first contentful paint | layout done | fully drawn | long tasks after FCP | over 200 ms | longest | longest before layout done | longest while drawing | total |');
      console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
      console.log(
        `| ${med((r) => r.fcpMs)} | ${med((r) => r.layoutDoneMs)} | ${med((r) => r.drawnMs)} | ${med((r) => r.count)} | ${med((r) => r.over200)} | ${med((r) => r.longestMs)} | ${med((r) => r.longestBeforeLayoutDoneMs)} | ${med((r) => r.longestWhileDrawingMs)} | ${med((r) => r.totalMs)} |`,
      );
      results.push({ nodes, runs });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverage: loadavg().map((l) => Number(l.toFixed(2))), chromium: chromiumVersion };
  console.log(`\nmachine: ${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage.join(' ')}, Chromium ${machine.chromium} (headless, software rendering)`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/longtasks.json', `${JSON.stringify({ date: new Date().toISOString(), seed: SEED, machine, sizes: results }, null, 2)}\n`);
  console.log('wrote bench-results/longtasks.json');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
