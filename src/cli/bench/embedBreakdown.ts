// Where a page's load time goes, from one instrumented load: a Chromium trace (compile and parse, garbage collection,
// style/layout/paint) and a CPU profile (JavaScript self time per script), both cut at the moment the graph was painted.
import type { CDPSession, Page } from '@playwright/test';

/** The figures of one instrumented load, in ms of main-thread (or, where said, background) time. */
export interface LoadBreakdown {
  /** Compiling and parsing JavaScript on the page's main thread. */
  compileMainMs: number;
  /** The same on background threads (streamed module compilation), which does not hold up the page. */
  compileBackgroundMs: number;
  garbageCollectionMs: number;
  /** Style, layout, paint and compositing commits of the DOM (the graph's canvas drawing is JavaScript, below). */
  renderingMs: number;
  /** JavaScript self time per part: react, cytoscape, zod, quotegraph (our code), other (page, runtime). */
  javascriptMs: Record<string, number>;
}

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string; data?: { url?: string } } };
type ProfileNode = { id: number; callFrame: { url: string; functionName: string } };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

const COMPILE = /compile|parse/i;
const NOT_SCRIPT = /ParseHTML|ParseAuthorStyleSheet|ParseMetaViewport/;
const GC = new Set(['MinorGC', 'MajorGC']);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'Layerize']);

/** Which part of the bundle a script URL is: by the chunk names in vite.config.ts' codeSplitting groups. */
export function partOf(url: string): string {
  const file = url.split('/').at(-1) ?? '';
  for (const part of ['react', 'cytoscape', 'zod']) if (file.startsWith(`${part}-`)) return part;
  return url.includes('/assets/') || file === 'quote-graph.js' ? 'quotegraph' : 'other';
}

/** Starts tracing and CPU profiling (through the page's one DevTools session, which also throttles it); the returned function stops both and returns the breakdown up to `untilMs`. */
export async function startBreakdown(page: Page, cdp: CDPSession): Promise<(untilMs: number) => Promise<LoadBreakdown>> {
  const browser = page.context().browser();
  if (!browser) throw new Error('startBreakdown: no browser for the page');
  await cdp.send('Profiler.enable');
  // 1 ms samples and no compile-detail category: finer ones slowed the throttled page several-fold.
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
  return async (untilMs) => {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return { ...fromTrace(trace.traceEvents, untilMs), javascriptMs: fromProfile(profile, untilMs) };
  };
}

function fromTrace(events: TraceEvent[], untilMs: number): Omit<LoadBreakdown, 'javascriptMs'> {
  const threadNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
  // The page's renderer is the process that compiled our scripts; navigation starts at its first commit.
  const page = events.find((e) => e.name === 'v8.compileModule' || (e.name === 'v8.compile' && e.args?.data?.url?.startsWith('http')));
  if (!page) throw new Error('the trace shows no script compiled by the page');
  const main = [...threadNames].find(([key, name]) => name === 'CrRendererMain' && key.startsWith(`${page.pid}:`))?.[0];
  const navigation = events.find((e) => e.pid === page.pid && e.name === 'navigationStart')?.ts ?? Math.min(...events.filter((e) => e.pid === page.pid && e.ts > 0).map((e) => e.ts));
  const inWindow = events.filter((e) => e.ph === 'X' && e.pid === page.pid && e.ts >= navigation && (e.ts - navigation) / 1000 <= untilMs);
  const sum = (list: TraceEvent[]) => list.reduce((total, e) => total + (e.dur ?? 0) / 1000, 0);
  const onMain = (e: TraceEvent) => `${e.pid}:${e.tid}` === main;
  const compiling = inWindow.filter((e) => COMPILE.test(e.name) && !NOT_SCRIPT.test(e.name));
  // Compile events nest (a lazy compile inside a compile): count only the outermost on each thread.
  const outermost = compiling.filter((e) => !compiling.some((o) => o !== e && o.tid === e.tid && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)));
  return {
    compileMainMs: sum(outermost.filter(onMain)),
    compileBackgroundMs: sum(outermost.filter((e) => !onMain(e))),
    garbageCollectionMs: sum(inWindow.filter((e) => onMain(e) && GC.has(e.name))),
    renderingMs: sum(inWindow.filter((e) => onMain(e) && RENDERING.has(e.name))),
  };
}

/** Self time per part of the bundle, from samples taken up to `untilMs` after the profile started. */
function fromProfile(profile: Profile, untilMs: number): Record<string, number> {
  const partById = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url ? partOf(n.callFrame.url) : n.callFrame.functionName === '(garbage collector)' ? 'gc' : n.callFrame.functionName === '(idle)' ? 'idle' : 'other']));
  const totals: Record<string, number> = {};
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    at += delta;
    if (at > untilMs) return;
    const part = partById.get(id) ?? 'other';
    // (program) time is the engine's own (compiling, the event loop): not any script's; gc and idle are not JavaScript.
    if (part === 'idle' || part === 'gc') return;
    totals[part] = (totals[part] ?? 0) + delta;
  });
  return totals;
}
