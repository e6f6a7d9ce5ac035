// The windowed list, ours (src/ui/useRowWindow.ts) against @tanstack/react-virtual (issue 11), on the bench page
// src/bench/listBench.tsx: scrolling frames, renders, jumps to a row, and the gzipped bytes each adds to a bundle
// that already has React. Run through benchBrowser.ts (BENCH_PART=list); writes bench-results/list.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { build } from 'esbuild';
import { median, percentile, ratio, round } from './benchStats';
import { NAME_SHIM } from './browserProbes';

type Impl = 'ours' | 'tanstack';
const ROWS = 50_000;
const SCROLL_FRAMES = 150;
const SCROLL_PX = 40;
const JUMPS = 20;

/** Page side: scrolls a fast flick, then jumps to rows; all self-contained (serialised by Playwright). */
async function listProbe(arg: { frames: number; px: number; jumps: number; rows: number }) {
  const w = window as unknown as { __listRenders: number; __list: { scrollToRow: (row: number) => void } };
  const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
  for (let i = 0; i < 10 && !document.querySelector('[data-row]'); i++) await frame();
  const scroller = document.querySelector('[data-row]')?.parentElement?.parentElement;
  if (!scroller) throw new Error('no list on the page');
  for (let i = 0; i < 5; i++) await frame();
  const rendersBefore = w.__listRenders;
  const deltas: number[] = [];
  let last = await frame();
  let blank = 0;
  for (let i = 0; i < arg.frames; i++) {
    scroller.scrollTop += arg.px;
    const now = await frame();
    deltas.push(now - last);
    last = now;
    // A frame shows blank where no row covers the middle of the view.
    const box = scroller.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!(hit instanceof HTMLElement) || hit.dataset.row === undefined) blank++;
  }
  const scrollRenders = w.__listRenders - rendersBefore;
  const rowsInDom = document.querySelectorAll('[data-row]').length;
  const jumps: number[] = [];
  for (let j = 1; j <= arg.jumps; j++) {
    const row = Math.floor((j * 7919 * 13) % arg.rows);
    await frame();
    const start = performance.now();
    w.__list.scrollToRow(row);
    for (let k = 0; k < 600 && !document.querySelector(`[data-row="${row}"]`); k++) await frame();
    await frame();
    jumps.push(performance.now() - start);
  }
  return { deltas, scrollRenders, rowsInDom, blankFrames: blank, jumps };
}

/** Gzipped bytes (level 9) of a minified bundle of the hook, React left out (every page has it already). */
async function hookBytes(entry: string): Promise<number> {
  const result = await build({ stdin: { contents: entry, resolveDir: import.meta.dirname, loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', external: ['react', 'react-dom'] });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

export async function runListBench(browser: Browser, base: string, rounds: number, viewport: { width: number; height: number }, cpuThrottle: number): Promise<void> {
  const runs: (Awaited<ReturnType<typeof listProbe>> & { impl: Impl })[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const impl of (r % 2 === 0 ? ['ours', 'tanstack'] : ['tanstack', 'ours']) as Impl[]) {
      process.stderr.write(`  list bench, round ${r + 1}/${rounds}, ${impl}…\n`);
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      if (cpuThrottle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
      await page.addInitScript({ content: NAME_SHIM });
      await page.goto(`${base}/src/bench/listBench.html?impl=${impl}&rows=${ROWS}`);
      runs.push({ impl, ...(await page.evaluate(listProbe, { frames: SCROLL_FRAMES, px: SCROLL_PX, jumps: JUMPS, rows: ROWS })) });
      await context.close();
    }
  }
  const bytes = {
    ours: await hookBytes(`export { useRowWindow, offsetsOf } from '../../ui/useRowWindow';`),
    tanstack: await hookBytes(`export { useVirtualizer } from '@tanstack/react-virtual';`),
  };
  const fig = (impl: Impl) => {
    const mine = runs.filter((r) => r.impl === impl);
    return {
      frameMedianMs: median(mine.flatMap((r) => r.deltas)),
      frameP95Ms: percentile(mine.flatMap((r) => r.deltas), 95),
      rendersPerScroll: median(mine.map((r) => r.scrollRenders)),
      blankFrames: median(mine.map((r) => r.blankFrames)),
      rowsInDom: median(mine.map((r) => r.rowsInDom)),
      jumpP50Ms: percentile(mine.flatMap((r) => r.jumps), 50),
      jumpP95Ms: percentile(mine.flatMap((r) => r.jumps), 95),
      gzippedKB: bytes[impl] / 1024,
    };
  };
  const ours = fig('ours');
  const tanstack = fig('tanstack');
  console.log(`\n### Windowed list of ${ROWS.toLocaleString('en-US')} rows: ours against @tanstack/react-virtual (${rounds} rounds A/B, ${viewport.width}x${viewport.height}, CPU ${cpuThrottle}x)\n`);
  console.log('| figure | ours | tanstack | ours/tanstack |');
  console.log('|---|---:|---:|---:|');
  const labels: Record<keyof typeof ours, string> = {
    frameMedianMs: `scroll frame median (ms; ${SCROLL_FRAMES} frames of ${SCROLL_PX} px)`,
    frameP95Ms: 'scroll frame p95 (ms)',
    rendersPerScroll: 'list renders during the scroll',
    blankFrames: 'frames with no row in the middle of the view',
    rowsInDom: 'rows in the DOM',
    jumpP50Ms: 'jump to a row until it is painted, p50 (ms)',
    jumpP95Ms: 'jump to a row, p95 (ms)',
    gzippedKB: 'gzipped kB (React excluded)',
  };
  for (const key of Object.keys(labels) as (keyof typeof ours)[]) console.log(`| ${labels[key]} | ${ours[key].toFixed(1)} | ${tanstack[key].toFixed(1)} | ${ratio(ours[key], tanstack[key]).toFixed(2)} |`);
  mkdirSync('bench-results', { recursive: true });
  const rounded = (f: typeof ours) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, round(v)]));
  writeFileSync('bench-results/list.json', `${JSON.stringify({ date: new Date().toISOString(), rows: ROWS, rounds, viewport, cpuThrottle, ours: rounded(ours), tanstack: rounded(tanstack), runs }, null, 2)}\n`);
  console.log('wrote bench-results/list.json');
}
