// Page-side functions of the embed bench (serialised by Playwright: self-contained, no imports or closures).

/** What one load of the embed or of the bare page took, in ms since navigation, from the page's own clock. */
export interface EmbedLoad {
  /** The page's signal that the graph is drawn: `quotegraph:ready` from the element, the first-render mark on bare. */
  drawnMs: number;
  /** Two frames after it: the drawing has been painted. */
  paintedMs: number;
  firstPaintMs: number | null;
  firstContentfulPaintMs: number | null;
  /** Every script the page fetched before it was painted, by URL, with when its response ended. */
  scripts: { url: string; responseEndMs: number }[];
}

/** Init script: resolves `window.__benchEmbed` once the page has drawn and painted its graph. */
export function embedLoadProbe(arg: { kind: 'embed' | 'bare'; timeoutMs: number }): void {
  const w = window as unknown as { __benchEmbed?: Promise<EmbedLoad>; __benchMarkTime: (key: string) => number | null };
  let readyAt: number | null = null;
  // Capture on the document sees the element's event whether or not it bubbles.
  document.addEventListener('quotegraph:ready', () => (readyAt ??= performance.now()), true);
  const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
  w.__benchEmbed = (async () => {
    for (;;) {
      await frame();
      if (performance.now() > arg.timeoutMs) throw new Error(`not drawn within ${arg.timeoutMs} ms of navigation`);
      const drawnMs = arg.kind === 'embed' ? readyAt : w.__benchMarkTime('firstRender');
      if (drawnMs === null) continue;
      await frame();
      await frame();
      const paintedMs = performance.now();
      const paint = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.name.endsWith('.js') && r.responseEnd <= paintedMs)
        .map((r) => ({ url: r.name, responseEndMs: r.responseEnd }));
      return { drawnMs, paintedMs, firstPaintMs: paint('first-paint'), firstContentfulPaintMs: paint('first-contentful-paint'), scripts };
    }
  })();
  w.__benchEmbed.catch(() => undefined);
}

/** The size of the graph canvas in the page (inside the element's shadow root for the embed). */
export function canvasSize(kind: 'embed' | 'bare'): { width: number; height: number } {
  const root: ParentNode | null = kind === 'embed' ? (document.querySelector('quote-graph')?.shadowRoot ?? null) : document;
  const box = root?.querySelector(kind === 'embed' ? '.graph-canvas' : '#cy')?.getBoundingClientRect();
  return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
}
