import { describe, expect, it } from 'vitest';
import { startLayout } from '../../src/graph/startLayout';
import { runForceLayout } from '../../src/model/layout/forceLayout';
import { layoutGraphOf } from '../../src/model/layout/layoutGraph';
import { syntheticStory } from '../../src/cli/bench/syntheticStory';

// Big enough to take several slices of SLICE_MS (12 ms) on any machine, small enough to stay quick on a busy one.
const { graph } = layoutGraphOf(syntheticStory(150, { seed: 2, positions: false }));
const layoutDone = (seed: number) => new Promise<Float64Array>((done) => startLayout(graph, seed, { onProgress: () => {}, onDone: done }));

// Node has no Worker, so this is the path of an embed loaded from another origin: slices on the main thread.
describe('startLayout without a worker', () => {
  it('lays out in slices, reporting rising progress, with the positions the worker would give', async () => {
    const progress: number[] = [];
    const positions = await new Promise<Float64Array>((done) => startLayout(graph, 5, { onProgress: (f) => progress.push(f), onDone: done }));
    expect(positions).toEqual(runForceLayout(graph, { seed: 5 }));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((f, i) => i === 0 || f > (progress[i - 1] ?? 0))).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });

  it('calls nothing once abandoned', async () => {
    const calls: string[] = [];
    const stop = startLayout(graph, 5, { onProgress: () => calls.push('progress'), onDone: () => calls.push('done') });
    stop();
    // The same layout started after it has run to its end: the abandoned one's slices, queued first, would have
    // reported by now (rather than a fixed wait, which a busy machine can outlast before the first slice runs).
    await layoutDone(5);
    expect(calls).toEqual([]);
  });
});
