import { describe, expect, it } from 'vitest';
import { layoutQuality } from '../../src/cli/bench/layoutQuality';
import { syntheticStory } from '../../src/cli/bench/syntheticStory';
import { coarsen } from '../../src/model/layout/coarsen';
import { EDGE_LENGTH, runForceLayout } from '../../src/model/layout/forceLayout';
import { layoutGraphOf, type LayoutGraph } from '../../src/model/layout/layoutGraph';
import { createLayout, createMultilevelLayout, MULTILEVEL_NODES, runLayout } from '../../src/model/layout/multilevelLayout';

const graphOf = (nodeCount: number, pairs: [number, number][]): LayoutGraph => ({ nodeCount, edges: Uint32Array.from(pairs.flat()) });
const big = layoutGraphOf(syntheticStory(2_000, { seed: 3, positions: false })).graph;

describe('coarsening', () => {
  it('merges each node with at most one neighbour and keeps one relation per pair of merged nodes', () => {
    // A path 0-1-2-3-4-5 and a triangle 6-7-8.
    const graph = graphOf(9, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [6, 7], [7, 8], [8, 6]]);
    const { graph: coarse, parent } = coarsen(graph, 1);
    expect(coarse.nodeCount).toBeLessThanOrEqual(6);
    const members = new Map<number, number[]>();
    parent.forEach((p, i) => members.set(p, [...(members.get(p) ?? []), i]));
    for (const [, nodes] of members) {
      expect(nodes.length).toBeLessThanOrEqual(2);
      // Merged nodes were neighbours.
      if (nodes.length === 2) expect(graph.edges.some((_, e) => e % 2 === 0 && new Set([graph.edges[e], graph.edges[e + 1]]).size === 2 && nodes.includes(graph.edges[e]!) && nodes.includes(graph.edges[e + 1]!))).toBe(true);
    }
    const pairs = new Set<string>();
    for (let e = 0; e < coarse.edges.length; e += 2) {
      const [s, t] = [coarse.edges[e]!, coarse.edges[e + 1]!].sort((a, b) => a - b);
      expect(s).not.toBe(t);
      expect(pairs.has(`${s}-${t}`)).toBe(false);
      pairs.add(`${s}-${t}`);
    }
    // The path and the triangle stay apart.
    expect(parent[0] === parent[6] || parent[5] === parent[8]).toBe(false);
  });
});

describe('the multilevel layout', () => {
  it('is what a graph of MULTILEVEL_NODES nodes or more gets, and smaller ones keep the one-level layout', () => {
    const small = layoutGraphOf(syntheticStory(100, { seed: 4, positions: false })).graph;
    expect(runLayout(small, { seed: 2 })).toEqual(runForceLayout(small, { seed: 2 }));
    expect(big.nodeCount).toBeGreaterThanOrEqual(MULTILEVEL_NODES);
    expect(runLayout(big, { seed: 2 })).not.toEqual(runForceLayout(big, { seed: 2 }));
  });

  it('gives the same picture for the same seed, whether run straight through or a few steps at a time, with rising progress', () => {
    const whole = runLayout(big, { seed: 6 });
    const layout = createLayout(big, { seed: 6 });
    const progress: number[] = [];
    while (!layout.done) {
      layout.step(7);
      progress.push(layout.progress);
    }
    expect(layout.positions()).toEqual(whole);
    expect(progress.every((f, i) => i === 0 || f >= (progress[i - 1] ?? 0))).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(runLayout(big, { seed: 7 })).not.toEqual(whole);
  });

  it('draws a 2,000-node graph with more even relations and fewer crossings than one level does', () => {
    const one = layoutQuality(big, runForceLayout(big, { seed: 1 }), EDGE_LENGTH);
    const multi = layoutQuality(big, runLayout(big, { seed: 1 }), EDGE_LENGTH);
    expect(multi.edgeLengthCv).toBeLessThan(one.edgeLengthCv);
    expect(multi.crossingsPerEdge).toBeLessThan(one.crossingsPerEdge);
    expect(multi.longestEdge).toBeLessThan(one.longestEdge);
  });

  it('lays out graphs it cannot coarsen (a star, no relations, one node) with a place for every node', () => {
    const star = graphOf(1_200, Array.from({ length: 1_199 }, (_, i): [number, number] => [0, i + 1]));
    const xy = runLayout(star, { seed: 3 });
    expect(xy.length).toBe(2 * 1_200);
    expect([...xy].every(Number.isFinite)).toBe(true);
    expect(createMultilevelLayout(graphOf(1, []), { seed: 1 }).positions()).toEqual(new Float64Array([0, 0]));
    const loose = runLayout(graphOf(1_500, []), { seed: 1 });
    expect([...loose].every(Number.isFinite)).toBe(true);
  });
});
