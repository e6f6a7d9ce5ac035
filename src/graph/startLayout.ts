import type { LayoutGraph } from '../model/layout/layoutGraph';
import { isLayoutReply, type LayoutRequest } from './layoutMessages';

export interface LayoutCallbacks {
  /** How far along the layout is, 0 to 1, rising. */
  onProgress: (fraction: number) => void;
  /** The positions, interleaved [x0, y0, x1, y1, …]; called once. */
  onDone: (positions: Float64Array) => void;
}

/** On the main thread, how long one slice of layout steps may run before the page gets a turn. */
const SLICE_MS = 12;

/**
 * Lays out a graph without holding up the page: in a Web Worker, or where the page cannot start one (an embed
 * whose script comes from another origin, a browser without module workers), on the main thread in slices of a few
 * milliseconds. Same layout, same seed, same positions either way. Returns a function that abandons the layout;
 * no callback runs after it.
 */
export function startLayout(graph: LayoutGraph, seed: number, callbacks: LayoutCallbacks): () => void {
  let abandoned = false;
  const guarded: LayoutCallbacks = {
    onProgress: (fraction) => {
      if (!abandoned) callbacks.onProgress(fraction);
    },
    onDone: (positions) => {
      if (!abandoned) callbacks.onDone(positions);
    },
  };
  let stop = () => {};
  const inSlices = () => {
    stop = runInSlices(graph, seed, guarded);
  };
  const worker = layoutWorker();
  if (!worker) inSlices();
  else {
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (!isLayoutReply(event.data)) return;
      if (event.data.type === 'progress') guarded.onProgress(event.data.fraction);
      else {
        worker.terminate();
        guarded.onDone(event.data.positions);
      }
    };
    // A worker script that cannot load (blocked by a policy, missing from a copied build) fails here.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (!abandoned) inSlices();
    };
    // A copy crosses over, so the graph stays whole here should the worker fail.
    const request: LayoutRequest = { type: 'layout', nodeCount: graph.nodeCount, edges: graph.edges.slice(), seed };
    worker.postMessage(request, [request.edges.buffer]);
    stop = () => worker.terminate();
  }
  return () => {
    abandoned = true;
    stop();
  };
}

/** A layout worker, or null where the page may not start one. */
function layoutWorker(): Worker | null {
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return null;
  // A worker's script must come from the page's own origin: <quote-graph> loaded from a CDN cannot start one.
  if (new URL(import.meta.url).origin !== window.location.origin) return null;
  try {
    return new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'quotegraph-layout' });
  } catch {
    return null;
  }
}

/**
 * The same layout on the main thread: steps for SLICE_MS, then a yield (a task of its own) so input and drawing get
 * a turn. The layout's code is loaded only then: the worker has its own copy, so most pages never need it here.
 */
function runInSlices(graph: LayoutGraph, seed: number, callbacks: LayoutCallbacks): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  void import('../model/layout/multilevelLayout').then(({ createLayout }) => {
    if (stopped) return;
    const layout = createLayout(graph, { seed });
    const slice = () => {
      const start = performance.now();
      do layout.step(1);
      while (!layout.done && performance.now() - start < SLICE_MS);
      callbacks.onProgress(layout.progress);
      if (layout.done) callbacks.onDone(layout.positions());
      else timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
