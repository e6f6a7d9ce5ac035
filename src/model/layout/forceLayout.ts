import { RepulsionTree } from './barnesHut';
import { initialPlacement } from './initialPlacement';
import type { LayoutGraph } from './layoutGraph';
import { spreadApart } from './spreadApart';

/**
 * A force-directed layout (Fruchterman–Reingold forces, Barnes–Hut repulsion, a pull towards the centre so
 * separate components stay in view), run in steps: the worker runs it straight through, posting progress, and a
 * page without a worker runs a few steps per slice of time. Pure and seeded: the same graph and seed give the
 * same positions, in Node as in a browser.
 */

/** Roughly how far apart connected nodes settle, in graph units: room for a node and its label beside the next. */
export const EDGE_LENGTH = 170;

export interface ForceLayoutOptions {
  seed: number;
  /** Roughly how far apart connected nodes settle (graph units). */
  edgeLength?: number;
  /** Steps of the simulation; by default fewer for larger graphs, where each step costs more. */
  iterations?: number;
  /** Where to start, interleaved [x0, y0, …] (a coarser level's picture); by default a spiral (initialPlacement). */
  start?: Float64Array;
  /** The largest first move, in edge lengths; by default enough to unfold the spiral. */
  heat?: number;
  /** Whether to end with the passes that part nodes left too close (default true). */
  finish?: boolean;
}

export interface ForceLayout {
  /** Steps taken, over all steps to take: 0 to 1. */
  readonly progress: number;
  readonly done: boolean;
  /** Takes up to `count` more steps (fewer when the layout finishes first). */
  step(count: number): void;
  /** The current positions, interleaved [x0, y0, x1, y1, …], centred on (0, 0); a copy. */
  positions(): Float64Array;
}

/** Steps for a graph of n nodes: quality where it is cheap, and about as many seconds at 10,000 nodes as at 5,000 × 2. */
export function defaultIterations(n: number): number {
  if (n <= 1_000) return 300;
  if (n <= 5_000) return 220;
  return 180;
}

/** Pull towards the centre per unit of distance: keeps separate components near the main one. */
const GRAVITY = 0.5;
/** Finishing passes that part nodes left too close, and how close is too close, as a share of the edge length. */
const SPREAD_PASSES = 8;
const SPREAD_DISTANCE = 0.5;

export function createForceLayout(graph: LayoutGraph, options: ForceLayoutOptions): ForceLayout {
  const n = graph.nodeCount;
  const k = options.edgeLength ?? EDGE_LENGTH;
  const forceSteps = n <= 1 ? 0 : (options.iterations ?? defaultIterations(n));
  const spreadPasses = options.finish === false ? 0 : SPREAD_PASSES;
  const total = n <= 1 ? 0 : forceSteps + spreadPasses;
  const start = options.start ?? initialPlacement(graph, options.seed, k);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = start[2 * i] ?? 0;
    y[i] = start[2 * i + 1] ?? 0;
  }
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  const tree = new RepulsionTree();
  const edges = graph.edges;
  // Moves start large enough to unfold the starting spiral and cool to fine adjustments.
  const hot = k * (options.heat ?? Math.max(2, Math.sqrt(n) / 4));
  const cold = k * 0.02;
  let taken = 0;

  const stepOnce = () => {
    if (taken >= forceSteps) {
      spreadApart(x, y, n, k * SPREAD_DISTANCE);
      taken++;
      return;
    }
    fx.fill(0);
    fy.fill(0);
    tree.build(x, y, n);
    for (let i = 0; i < n; i++) tree.accumulate(i, x[i] ?? 0, y[i] ?? 0, k * k, k * 0.05, fx, fy);
    for (let e = 0; e < edges.length; e += 2) {
      const s = edges[e] ?? 0;
      const t = edges[e + 1] ?? 0;
      const dx = (x[t] ?? 0) - (x[s] ?? 0);
      const dy = (y[t] ?? 0) - (y[s] ?? 0);
      // Attraction d²/k along the edge: (dx, dy) · d / k.
      const f = Math.sqrt(dx * dx + dy * dy) / k;
      fx[s] = (fx[s] ?? 0) + dx * f;
      fy[s] = (fy[s] ?? 0) + dy * f;
      fx[t] = (fx[t] ?? 0) - dx * f;
      fy[t] = (fy[t] ?? 0) - dy * f;
    }
    const cooled = 1 - taken / forceSteps;
    const limit = cold + (hot - cold) * cooled * cooled;
    for (let i = 0; i < n; i++) {
      const gx = (fx[i] ?? 0) - GRAVITY * (x[i] ?? 0);
      const gy = (fy[i] ?? 0) - GRAVITY * (y[i] ?? 0);
      const length = Math.sqrt(gx * gx + gy * gy);
      if (length === 0) continue;
      const move = Math.min(length, limit) / length;
      x[i] = (x[i] ?? 0) + gx * move;
      y[i] = (y[i] ?? 0) + gy * move;
    }
    taken++;
  };

  return {
    get progress() {
      return total === 0 ? 1 : taken / total;
    },
    get done() {
      return taken >= total;
    },
    step(count) {
      for (let s = 0; s < count && taken < total; s++) stepOnce();
    },
    positions() {
      let cx = 0;
      let cy = 0;
      for (let i = 0; i < n; i++) {
        cx += x[i] ?? 0;
        cy += y[i] ?? 0;
      }
      cx /= Math.max(n, 1);
      cy /= Math.max(n, 1);
      const xy = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        xy[2 * i] = (x[i] ?? 0) - cx;
        xy[2 * i + 1] = (y[i] ?? 0) - cy;
      }
      return xy;
    },
  };
}

/**
 * Runs a whole layout, calling `onProgress` with a fraction (0 to 1, rising) every `every` steps and at the end.
 * Returns the positions, interleaved [x0, y0, x1, y1, …].
 */
export function runForceLayout(graph: LayoutGraph, options: ForceLayoutOptions, onProgress?: (fraction: number) => void, every = 10): Float64Array {
  return runToEnd(createForceLayout(graph, options), onProgress, every);
}

/** Steps a layout to its end, `every` steps at a time, reporting its progress after each; returns its positions. */
export function runToEnd(layout: ForceLayout, onProgress?: (fraction: number) => void, every = 10): Float64Array {
  // At least once, so a graph with nothing to lay out still reports that it is done.
  do {
    layout.step(every);
    onProgress?.(layout.progress);
  } while (!layout.done);
  return layout.positions();
}
