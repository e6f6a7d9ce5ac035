// `npm run bench:hostile`: times the hostile-input corpus (hostileCorpus.ts). In Node, parse + check of each file
// (what `npm run validate` does after reading it). In the built explorer (headless Chromium), each file chosen in the
// Open menu: time from the input's change event to the answer on screen (the story drawn, or the dialog listing its
// problems), and the longest main-thread task in that time. Issue 10's targets: answered within 2 s; no task over
// 200 ms. Needs `npm run build` first; writes bench-results/hostile.json. Reports only; tests never assert times.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';
import { startStaticServer } from '../staticServer';
import { graphFromFiles } from '../../model/interchange/graphFiles';
import { parseStoryText } from '../../model/story/parseStory';
import { NAME_SHIM } from './browserProbes';
import { median } from './benchStats';
import { hostileImports, hostileStories, type HostileFile } from './hostileCorpus';

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const TIMEOUT_MS = 60_000;

function nodeTimes(file: HostileFile): { ms: number; answer: string } {
  const times: number[] = [];
  let answer = '';
  for (let round = 0; round < ROUNDS + 1; round++) {
    const start = performance.now();
    const result = parseStoryText(file.text);
    const ms = performance.now() - start;
    if (round > 0) times.push(ms); // the first run warms the JIT
    answer = result.ok ? 'story' : `${result.problems.length} problems listed`;
  }
  return { ms: median(times), answer };
}

/** Init script: every long task, and the time the story file input last changed (the start of "being read"). */
function observe(): void {
  const w = window as unknown as { __tasks: { start: number; duration: number }[]; __chosenAt: number };
  w.__tasks = [];
  w.__chosenAt = NaN;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => (w.__chosenAt = performance.now()), true);
}

async function browserOnce(browser: Browser, base: string, file: HostileFile): Promise<{ answeredMs: number; longestTaskMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(observe);
    await page.goto(`${base}/index.html`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.graph-canvas')?.dataset.drawn === 'true', undefined, { timeout: TIMEOUT_MS });
    // The file is fetched into a Blob first and then given to the input, as a person's chosen file is: handing 10 MB
    // through Playwright's setInputFiles would itself hold the page's main thread and be counted against us.
    await page.route(`${base}/hostile/*.json`, (route) => route.fulfill({ contentType: 'application/json', body: file.text }));
    await page.evaluate(async (name) => {
      const blob = await (await fetch(`/hostile/${name}.json`)).blob();
      const files = new DataTransfer();
      files.items.add(new File([blob], `${name}.json`, { type: 'application/json' }));
      const input = document.querySelector<HTMLInputElement>('input[type=file][aria-label="Story file"]');
      if (!input) throw new Error('no story file input');
      await new Promise((resolve) => setTimeout(resolve, 200));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, file.name);
    const answeredAt = await page.waitForFunction(
      (expect) => {
        const answered =
          expect === 'story'
            ? document.querySelector('h1')?.textContent === 'Hostile' && document.querySelector<HTMLElement>('.graph-canvas')?.dataset.drawn === 'true'
            : !!document.querySelector('dialog.import-problems[open]');
        return answered ? performance.now() : false;
      },
      file.expect,
      { timeout: TIMEOUT_MS, polling: 20 },
    );
    const at = (await answeredAt.jsonValue()) as number;
    return await page.evaluate((end) => {
      const w = window as unknown as { __tasks: { start: number; duration: number }[]; __chosenAt: number };
      const during = w.__tasks.filter((t) => t.start + t.duration >= w.__chosenAt && t.start <= end);
      return { answeredMs: end - w.__chosenAt, longestTaskMs: Math.max(0, ...during.map((t) => t.duration)) };
    }, at);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('bench:hostile: no build in dist/; run `npm run build` first.');
  // HOSTILE_ONLY=big-valid,near-misses times only those files.
  const only = process.env.HOSTILE_ONLY?.split(',');
  const corpus = hostileStories().filter((f) => !only || only.includes(f.name));
  const rows: { name: string; attack: string; mb: number; answer: string; nodeMs: number; browserMs?: number; longestTaskMs?: number }[] = [];
  for (const file of corpus) {
    process.stderr.write(`  node: ${file.name}…\n`);
    const { ms, answer } = nodeTimes(file);
    rows.push({ name: file.name, attack: file.attack, mb: file.text.length / 1024 / 1024, answer, nodeMs: ms });
  }
  const server = await startStaticServer(0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
  const chromiumVersion = browser.version();
  try {
    for (const [i, file] of corpus.entries()) {
      const runs = [];
      for (let round = 0; round < ROUNDS; round++) {
        process.stderr.write(`  browser: ${file.name}, round ${round + 1}/${ROUNDS}…\n`);
        runs.push(await browserOnce(browser, base, file));
      }
      const row = rows[i];
      if (row) {
        row.browserMs = median(runs.map((r) => r.answeredMs));
        row.longestTaskMs = median(runs.map((r) => r.longestTaskMs));
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const imports = [];
  for (const hostile of hostileImports().filter((f) => !only || only.includes(f.name))) {
    const start = performance.now();
    const result = await graphFromFiles(hostile.files.map((f) => ({ name: f.name, text: async () => f.text })));
    imports.push({ name: hostile.name, attack: hostile.attack, ms: performance.now() - start, answer: result.ok ? `draft of ${result.draft.nodes.length} nodes` : `${result.problems.length} problems listed` });
  }

  console.log(`\n### Hostile story files (medians of ${ROUNDS}; targets: answered within 2,000 ms, no main-thread task over 200 ms)\n`);
  console.log('| file | attack | MB | answer | Node: parse + check, ms | browser: chosen → answered, ms | browser: longest task, ms |');
  console.log('|---|---|---:|---|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.attack} | ${r.mb.toFixed(2)} | ${r.answer} | ${Math.round(r.nodeMs)} | ${Math.round(r.browserMs ?? NaN)} | ${Math.round(r.longestTaskMs ?? NaN)} |`);
  }
  console.log('\n### Hostile imports (Node, one run)\n');
  console.log('| file | attack | answer | ms |');
  console.log('|---|---|---|---:|');
  for (const r of imports) console.log(`| ${r.name} | ${r.attack} | ${r.answer} | ${Math.round(r.ms)} |`);
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverage: loadavg().map((l) => Number(l.toFixed(2))), chromium: chromiumVersion };
  console.log(`\nmachine: ${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage.join(' ')}, Chromium ${machine.chromium} (headless)`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/hostile.json', `${JSON.stringify({ date: new Date().toISOString(), machine, stories: rows, imports }, null, 2)}\n`);
  console.log('wrote bench-results/hostile.json');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
