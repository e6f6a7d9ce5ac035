// The embed against bare Cytoscape.js on a phone (issue 11): `<quote-graph>` drawing the default story, and a page
// that loads only Cytoscape.js and draws the same elements with the same stylesheet (src/bench/bareElements.ts),
// both at 390x844 on a 4x-throttled CPU, alternating A/B. Then one instrumented load of each, to say what the
// difference is made of: bytes, compile and parse, JavaScript per part (React, Cytoscape, ours), rendering, first paint.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { graphScale, renderHintsFor } from '../../graph/graphScale';
import { buildStylesheet } from '../../graph/stylesheet';
import { toElements } from '../../graph/toElements';
import { parseStory } from '../../model/story/parseStory';
import { markReader, MARKS } from './benchMarks';
import { median, ratio, round } from './benchStats';
import { NAME_SHIM } from './browserProbes';
import { startBreakdown, partOf, type LoadBreakdown } from './embedBreakdown';
import { canvasSize, embedLoadProbe, type EmbedLoad } from './embedProbes';

/** A mid-range phone, as issue 11 puts it: a 390x844 screen and a CPU a quarter of this machine's. */
export const MOBILE = { viewport: { width: 390, height: 844 }, cpuThrottle: 4 } as const;
const STORY = 'data/xi-kim-beijing.json';
const TIMEOUT_MS = 120_000;
type Kind = 'embed' | 'bare';

/** Writes the host page and the bare page's elements into dist-extras/bench-stories/ (served beside the build). */
function writePages(): { embed: string; bare: string } {
  const parsed = parseStory(JSON.parse(readFileSync(STORY, 'utf8')));
  if (!parsed.ok) throw new Error(`bench:embed: ${STORY} does not parse`);
  const { story } = parsed;
  const scale = graphScale(story.nodes.length, story.edges.length);
  const spec = { elements: toElements(story), style: buildStylesheet(story.nodes.map((n) => n.type), 'light', scale), hints: renderHintsFor(scale) };
  mkdirSync('dist-extras/bench-stories', { recursive: true });
  writeFileSync('dist-extras/bench-stories/default-elements.json', JSON.stringify(spec));
  // The element fills the phone's screen, as a full-width embed in an article would on a phone.
  writeFileSync(
    'dist-extras/bench-stories/embed-host.html',
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Embed bench</title></head>' +
      `<body style="margin:0"><quote-graph src="/stories/${STORY.split('/').at(-1)}" style="height:100vh"></quote-graph><script type="module" src="/quote-graph.js"></script></body></html>`,
  );
  return { embed: '/bench-stories/embed-host.html', bare: '/src/bench/bareElements.html?spec=/bench-stories/default-elements.json' };
}

/** Gzipped bytes (level 9, as `npm run size`) of a script the page loaded, read from the build it came from. */
function gzippedBytes(url: string): number {
  const path = new URL(url).pathname;
  const file = path.startsWith('/extras-assets/') || path.startsWith('/src/') ? `dist-extras${path}` : `dist${path}`;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

interface Load extends EmbedLoad {
  kind: Kind;
  heapBytes: number;
  breakdown?: LoadBreakdown;
}

async function loadOnce(browser: Browser, base: string, kind: Kind, url: string, instrumented: boolean): Promise<Load & { canvas: { width: number; height: number } }> {
  const context = await browser.newContext({ viewport: MOBILE.viewport });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuThrottle });
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(markReader, MARKS);
    await page.addInitScript(embedLoadProbe, { kind, timeoutMs: TIMEOUT_MS });
    const stop = instrumented ? await startBreakdown(page, cdp) : null;
    await page.goto(`${base}${url}`, { waitUntil: 'commit' });
    const load = await page.evaluate(() => (window as unknown as { __benchEmbed: Promise<EmbedLoad> }).__benchEmbed);
    const breakdown = stop ? await stop(load.paintedMs) : undefined;
    // Paint entries can arrive after the probe resolved; read them once more now.
    const paint = await page.evaluate(() => ({
      firstPaintMs: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
      firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    const heap = await page.evaluate(async () => {
      (globalThis as unknown as { gc?: () => void }).gc?.();
      return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    });
    const canvas = await page.evaluate(canvasSize, kind);
    if (errors.length) throw new Error(`bench:embed: ${kind}: page errors: ${errors.join(' | ')}`);
    return { kind, ...load, ...paint, heapBytes: heap, breakdown, canvas };
  } finally {
    await context.close();
  }
}

/** Runs the embed bench in `browser` against the server at `base`; prints the tables and writes bench-results/embed.json. */
export async function runEmbedBench(browser: Browser, base: string, rounds: number): Promise<void> {
  const pages = writePages();
  const warm = await loadOnce(browser, base, 'embed', pages.embed, false);
  const sized = `${pages.bare}&width=${warm.canvas.width}&height=${warm.canvas.height}`;
  const urlOf = (kind: Kind) => (kind === 'embed' ? pages.embed : sized);
  await loadOnce(browser, base, 'bare', sized, false);
  const loads: Load[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const kind of (r % 2 === 0 ? ['embed', 'bare'] : ['bare', 'embed']) as Kind[]) {
      process.stderr.write(`  embed bench, round ${r + 1}/${rounds}, ${kind}…\n`);
      loads.push(await loadOnce(browser, base, kind, urlOf(kind), false));
    }
  }
  // Instrumented loads (trace and CPU profile) apart from the timed ones, as instrumenting slows the page.
  const instrumented: Load[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const kind of (r % 2 === 0 ? ['embed', 'bare'] : ['bare', 'embed']) as Kind[]) {
      process.stderr.write(`  embed bench, instrumented round ${r + 1}/${rounds}, ${kind}…\n`);
      instrumented.push(await loadOnce(browser, base, kind, urlOf(kind), true));
    }
  }
  const traced = { embed: instrumented.find((l) => l.kind === 'embed') ?? warm, bare: instrumented.find((l) => l.kind === 'bare') ?? warm };
  /** Median over the instrumented loads of one kind of one breakdown figure. */
  const broken = (kind: Kind, pick: (b: LoadBreakdown) => number) => median(instrumented.filter((l) => l.kind === kind && l.breakdown).map((l) => pick(l.breakdown as LoadBreakdown)));
  const of = (kind: Kind) => loads.filter((l) => l.kind === kind);
  const med = (kind: Kind, pick: (l: Load) => number | null) => median(of(kind).map(pick).filter((v): v is number => v !== null));
  const bytesOf = (load: Load) => {
    const parts: Record<string, number> = {};
    for (const { url } of load.scripts) parts[partOf(url)] = (parts[partOf(url)] ?? 0) + gzippedBytes(url);
    return parts;
  };
  const bytes = { embed: bytesOf(traced.embed), bare: bytesOf(traced.bare) };
  const total = (parts: Record<string, number>) => Object.values(parts).reduce((a, b) => a + b, 0);
  const rows: [string, number, number][] = [
    ['graph drawn and painted (ms since navigation, median)', med('embed', (l) => l.paintedMs), med('bare', (l) => l.paintedMs)],
    ['first contentful paint (ms, median)', med('embed', (l) => l.firstContentfulPaintMs), med('bare', (l) => l.firstContentfulPaintMs)],
    ['last script received (ms, median)', med('embed', (l) => Math.max(0, ...l.scripts.map((s) => s.responseEndMs))), med('bare', (l) => Math.max(0, ...l.scripts.map((s) => s.responseEndMs)))],
    ['JS heap after load (MB, median)', med('embed', (l) => l.heapBytes / 2 ** 20), med('bare', (l) => l.heapBytes / 2 ** 20)],
    ['gzipped JS loaded before painted (kB)', total(bytes.embed) / 1024, total(bytes.bare) / 1024],
  ];
  console.log(`\n### <quote-graph> with the default story against bare Cytoscape.js, ${MOBILE.viewport.width}x${MOBILE.viewport.height}, CPU throttled ${MOBILE.cpuThrottle}x (${rounds} rounds A/B)\n`);
  console.log('| figure | embed | bare | embed/bare |');
  console.log('|---|---:|---:|---:|');
  for (const [label, e, b] of rows) console.log(`| ${label} | ${e.toFixed(1)} | ${b.toFixed(1)} | ${ratio(e, b).toFixed(2)} |`);

  const parts = [...new Set(instrumented.flatMap((l) => Object.keys(l.breakdown?.javascriptMs ?? {})).concat(Object.keys(bytes.embed), Object.keys(bytes.bare)))].sort();
  const both = (pick: (b: LoadBreakdown) => number): [number, number] => [broken('embed', pick), broken('bare', pick)];
  console.log(`\n#### What the difference is made of (medians of ${rounds} instrumented loads each; tracing slows both pages: compare the columns, not with the table above)\n`);
  console.log('| part | embed | bare | difference |');
  console.log('|---|---:|---:|---:|');
  const line = (label: string, x: number, y: number, unit: string) => console.log(`| ${label} | ${x.toFixed(1)} ${unit} | ${y.toFixed(1)} ${unit} | ${(x - y).toFixed(1)} ${unit} |`);
  for (const part of parts) line(`gzipped JS: ${part}`, (bytes.embed[part] ?? 0) / 1024, (bytes.bare[part] ?? 0) / 1024, 'kB');
  const breakdown: Record<string, [number, number]> = {
    'compile and parse, main thread': both((b) => b.compileMainMs),
    'compile and parse, background threads': both((b) => b.compileBackgroundMs),
    ...Object.fromEntries(parts.map((part) => [`JavaScript self time: ${part}`, both((b) => b.javascriptMs[part] ?? 0)])),
    'garbage collection': both((b) => b.garbageCollectionMs),
    'style, layout, paint (DOM)': both((b) => b.renderingMs),
  };
  for (const [label, [x, y]] of Object.entries(breakdown)) line(label, x, y, 'ms');
  const inst = (kind: Kind, pick: (l: Load) => number | null) => median(instrumented.filter((l) => l.kind === kind).map(pick).filter((v): v is number => v !== null));
  line('first contentful paint', inst('embed', (l) => l.firstContentfulPaintMs), inst('bare', (l) => l.firstContentfulPaintMs), 'ms');
  line('graph drawn and painted', inst('embed', (l) => l.paintedMs), inst('bare', (l) => l.paintedMs), 'ms');

  mkdirSync('bench-results', { recursive: true });
  const rounded = (l: Load) => ({ ...l, drawnMs: round(l.drawnMs), paintedMs: round(l.paintedMs) });
  const report = {
    date: new Date().toISOString(),
    profile: MOBILE,
    story: STORY,
    rounds,
    figures: rows.map(([label, embed, bare]) => ({ label, embed: round(embed), bare: round(bare), ratio: round(ratio(embed, bare), 3) })),
    gzippedBytes: bytes,
    breakdown: Object.fromEntries(Object.entries(breakdown).map(([label, [embed, bare]]) => [label, { embed: round(embed), bare: round(bare) }])),
    loads: loads.map(rounded),
    instrumentedLoads: instrumented.map(rounded),
  };
  writeFileSync('bench-results/embed.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('wrote bench-results/embed.json');
}
