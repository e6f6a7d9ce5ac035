import { mulberry32 } from '../seededRandom';
import { coarsen } from './coarsen';
import { createForceLayout, defaultIterations, EDGE_LENGTH, runToEnd, type ForceLayout, type ForceLayoutOptions } from './forceLayout';
import type { LayoutGraph } from './layoutGraph';

/**
 * From this many nodes a graph is laid out on several levels (see createMultilevelLayout); smaller ones in one.
 * Measured with `npm run bench:layout-compare` (README, "The force layout").
 */
export const MULTILEVEL_NODES = 1_000;
/** Coarsening stops at this many nodes, or when a step no longer shrinks the graph by a fifth (a star). */
const COARSEST_NODES = 150;
const LEAST_SHRINK = 0.8;
/** Steps at each finer level, which starts from the coarser picture and only refines it. */
const REFINE_STEPS = 50;
/** A refining level's largest first move, in edge lengths. */
const REFINE_HEAT = 1;
/** How far apart a merged pair starts when its coarse node is split again, in edge lengths. */
const SPLIT_JITTER = 0.3;

/**
 * A multilevel force layout (Walshaw, "A multilevel algorithm for force-directed graph drawing", 2003): the graph
 * is coarsened by merging neighbours until it is small (coarsen.ts), the smallest is laid out from the spiral, and
 * each finer level starts from the coarser one's picture (each node where its merged node was, spread by the growth
 * in node count) and refines it in a few steps. The global shape is settled where it is cheap, so a large graph
 * untangles better and sooner than in one level. Same interface, progress and determinism as createForceLayout.
 */
export function createMultilevelLayout(graph: LayoutGraph, options: ForceLayoutOptions): ForceLayout {
  const k = options.edgeLength ?? EDGE_LENGTH;
  const levels: { graph: LayoutGraph; parent: Uint32Array | null }[] = [{ graph, parent: null }];
  for (let level = levels[0]; level && level.graph.nodeCount > COARSEST_NODES; ) {
    const next = coarsen(level.graph, options.seed + levels.length);
    if (next.graph.nodeCount > LEAST_SHRINK * level.graph.nodeCount) break;
    levels.push({ graph: next.graph, parent: next.parent });
    level = levels[levels.length - 1];
  }
  const coarsest = levels.length - 1;
  // Work per level, in node-steps: progress is shared out by it.
  const stepsAt = (l: number) => (l === coarsest ? (options.iterations ?? defaultIterations(levels[l]?.graph.nodeCount ?? 0)) : REFINE_STEPS);
  const work = levels.map((level, l) => level.graph.nodeCount * stepsAt(l));
  const totalWork = work.reduce((sum, w) => sum + w, 0);
  let doneWork = 0;
  let l = coarsest;
  let stage = createForceLayout(levels[l]?.graph ?? graph, { ...options, iterations: stepsAt(l), finish: l === 0 });
  const random = mulberry32(options.seed ^ 0x5bd1e995);

  const nextLevel = () => {
    const coarse = stage.positions();
    const fine = levels[l - 1];
    const parent = levels[l]?.parent;
    if (!fine || !parent) return;
    doneWork += work[l] ?? 0;
    const grow = Math.sqrt(fine.graph.nodeCount / Math.max(1, levels[l]?.graph.nodeCount ?? 1));
    const start = new Float64Array(2 * fine.graph.nodeCount);
    for (let i = 0; i < fine.graph.nodeCount; i++) {
      const p = parent[i] ?? 0;
      start[2 * i] = (coarse[2 * p] ?? 0) * grow + (random() - 0.5) * k * SPLIT_JITTER;
      start[2 * i + 1] = (coarse[2 * p + 1] ?? 0) * grow + (random() - 0.5) * k * SPLIT_JITTER;
    }
    l--;
    stage = createForceLayout(fine.graph, { ...options, start, heat: REFINE_HEAT, iterations: stepsAt(l), finish: l === 0 });
  };

  return {
    get progress() {
      if (totalWork === 0) return stage.progress;
      return Math.min(1, (doneWork + stage.progress * (work[l] ?? 0)) / totalWork);
    },
    get done() {
      return l === 0 && stage.done;
    },
    step(count) {
      for (let left = count; left > 0 && !(l === 0 && stage.done); ) {
        if (stage.done) {
          nextLevel();
          continue;
        }
        const before = stage.progress;
        stage.step(1);
        if (stage.progress === before) break;
        left--;
      }
    },
    positions() {
      return stage.positions();
    },
  };
}

/** The layout for a graph: in one level up to MULTILEVEL_NODES nodes, on several above. */
export function createLayout(graph: LayoutGraph, options: ForceLayoutOptions): ForceLayout {
  return graph.nodeCount >= MULTILEVEL_NODES ? createMultilevelLayout(graph, options) : createForceLayout(graph, options);
}

/**
 * Runs a whole layout (createLayout), calling `onProgress` with a fraction (0 to 1, rising) every `every` steps and
 * at the end. Returns the positions, interleaved [x0, y0, x1, y1, …].
 */
export function runLayout(graph: LayoutGraph, options: ForceLayoutOptions, onProgress?: (fraction: number) => void, every = 10): Float64Array {
  return runToEnd(createLayout(graph, options), onProgress, every);
}
