// Functions the browser bench runs inside the page (Playwright serialises them with toString, so each one is
// self-contained: no imports, no closures over Node values; their arguments carry everything they need).
import type { Core } from 'cytoscape';

/** Which page is measured: the explorer (index.html) or the bare Cytoscape.js baseline. */
export type PageKind = 'ours' | 'bare';

/** What the load probe finds: ms since navigation start, both from the page's own clock. */
export interface LoadTimes {
  firstRenderMs: number;
  interactiveMs: number;
}

/** esbuild (under tsx) wraps named functions in __name(); the page has no such helper, so the bench defines it first. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/**
 * Init script (after markReader): after the first-render mark, taps node `id` once per frame until the page answers, then waits two
 * frames (so the answer is painted) and resolves `window.__benchLoad`. "Answers" means, for ours, the details panel
 * heading shows `label` (the app's tap handlers are bound and React has rendered); for bare, a tap listener the
 * probe adds itself has fired (Cytoscape delivers events as soon as it exists, so bare is the floor).
 */
export function loadProbe(arg: { kind: PageKind; id: string; label: string; timeoutMs: number }): void {
  const w = window as unknown as { __benchLoad?: Promise<LoadTimes>; cy?: Core; __benchMarkTime: (key: string) => number | null };
  const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
  const cyOf = (): Core | undefined =>
    arg.kind === 'ours' ? (document.querySelector('.graph-canvas') as (HTMLElement & { graph?: { cy: Core | null } }) | null)?.graph?.cy ?? undefined : w.cy;
  w.__benchLoad = (async () => {
    let tapped = false;
    let listening = false;
    const answered = () =>
      arg.kind === 'ours' ? document.querySelector('.details-panel h2')?.textContent?.trim() === arg.label : tapped;
    for (;;) {
      await frame();
      if (performance.now() > arg.timeoutMs) throw new Error(`not interactive within ${arg.timeoutMs} ms of navigation`);
      const firstRenderMs = w.__benchMarkTime('firstRender');
      const cy = cyOf();
      if (firstRenderMs === null || !cy) continue;
      if (arg.kind === 'bare' && !listening) {
        cy.one('tap', 'node', () => (tapped = true));
        listening = true;
      }
      // Same steps as a selection: tap, then two frames (commit and redraw, then the frame after it was painted).
      cy.getElementById(arg.id).emit('tap');
      await frame();
      await frame();
      if (answered()) return { firstRenderMs, interactiveMs: performance.now() };
    }
  })();
  // An unhandled rejection would surface as a page error before the bench reads it; the bench reads it anyway.
  w.__benchLoad.catch(() => undefined);
}

/**
 * Taps each node in turn and returns ms from the tap until the answer is painted. Ours: the details panel shows the
 * node's name. Bare: the tap's restyle (the canvas half of a selection, see src/bench/bare.ts) is drawn.
 */
export async function selectionProbe(arg: { kind: PageKind; targets: { id: string; label: string }[] }): Promise<number[]> {
  const w = window as unknown as { cy?: Core };
  const cy = arg.kind === 'ours' ? (document.querySelector('.graph-canvas') as HTMLElement & { graph: { cy: Core } }).graph.cy : (w.cy as Core);
  const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
  const heading = () => document.querySelector('.details-panel h2')?.textContent?.trim();
  const times: number[] = [];
  for (const { id, label } of arg.targets) {
    // Settle first, so one selection's leftover work is not charged to the next.
    await frame();
    const start = performance.now();
    cy.getElementById(id).emit('tap');
    // Two frames: the first runs React's commit and Cytoscape's redraw, the second starts after that frame was painted.
    await frame();
    await frame();
    for (let extra = 0; arg.kind === 'ours' && heading() !== label; extra++) {
      if (extra > 600) throw new Error(`selecting ${id} never showed "${label}" in the details panel`);
      await frame();
    }
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * Pans and zooms about the centre once per frame for `frames` frames; returns the rAF-to-rAF deltas in ms. Both
 * pages arrive here in the same state (the load probe's tap selected the same node in each).
 */
export async function panZoomProbe(arg: { kind: PageKind; frames: number }): Promise<number[]> {
  const w = window as unknown as { cy?: Core };
  const cy = arg.kind === 'ours' ? (document.querySelector('.graph-canvas') as HTMLElement & { graph: { cy: Core } }).graph.cy : (w.cy as Core);
  const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  // A few frames to let the page go idle, so the first delta is not the tail of earlier work.
  for (let i = 0; i < 5; i++) await frame();
  const deltas: number[] = [];
  let last = await frame();
  for (let i = 0; i < arg.frames; i++) {
    // A figure-of-eight pan while zooming in for half the frames and out for the other half: back where it began.
    const phase = (i / arg.frames) * 2 * Math.PI;
    cy.panBy({ x: 12 * Math.cos(phase), y: 8 * Math.cos(2 * phase) });
    cy.zoom({ level: cy.zoom() * (i < arg.frames / 2 ? 1.01 : 1 / 1.01), renderedPosition: centre });
    const now = await frame();
    deltas.push(now - last);
    last = now;
  }
  return deltas;
}

/** Init script: records main-thread long tasks (over 50 ms, the browser's own threshold) from the start of the page. */
export function longTaskProbe(): void {
  const w = window as unknown as { __benchLongTasks?: { start: number; duration: number }[] };
  const tasks: { start: number; duration: number }[] = [];
  w.__benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The longest main-thread task after the first-render mark and how many exceeded 200 ms (issue 5's limit). */
export function longTasksAfterFirstRender(): { maxMs: number; over200: number } {
  const w = window as unknown as { __benchLongTasks?: { start: number; duration: number }[]; __benchMarkTime: (key: string) => number | null };
  const firstRenderMs = w.__benchMarkTime('firstRender');
  const after = (w.__benchLongTasks ?? []).filter((t) => firstRenderMs !== null && t.start >= firstRenderMs);
  return { maxMs: Math.max(0, ...after.map((t) => t.duration)), over200: after.filter((t) => t.duration > 200).length };
}

/** JS heap in use after a full garbage collection when the page exposes gc(); `gc` says whether it could. */
export async function heapProbe(): Promise<{ usedBytes: number; gc: boolean }> {
  const g = globalThis as unknown as { gc?: () => void };
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (!memory) throw new Error('performance.memory is missing: not a Chromium?');
  g.gc?.();
  await new Promise((done) => setTimeout(done, 50));
  g.gc?.();
  return { usedBytes: memory.usedJSHeapSize, gc: typeof g.gc === 'function' };
}

/** The viewport each page settled on after load, so the report can say whether both draw the same view. */
export function viewProbe(kind: PageKind): { zoom: number; width: number; height: number; visibleNodes: number } {
  const w = window as unknown as { cy?: Core };
  const cy = kind === 'ours' ? (document.querySelector('.graph-canvas') as HTMLElement & { graph: { cy: Core } }).graph.cy : (w.cy as Core);
  const box = cy.extent();
  const visibleNodes = cy.nodes().filter((n) => {
    const p = n.position();
    return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
  }).length;
  return { zoom: cy.zoom(), width: cy.width(), height: cy.height(), visibleNodes };
}
