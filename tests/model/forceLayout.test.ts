import { describe, expect, it } from 'vitest';
import { syntheticStory } from '../../src/cli/bench/syntheticStory';
import { createForceLayout, EDGE_LENGTH, runForceLayout } from '../../src/model/layout/forceLayout';
import { breadthFirstOrder } from '../../src/model/layout/initialPlacement';
import { layoutGraphOf, positionsById, seedFor, type LayoutGraph } from '../../src/model/layout/layoutGraph';
import { smallStory } from '../helpers/stories';

const graphOf = (nodeCount: number, pairs: [number, number][]): LayoutGraph => ({ nodeCount, edges: Uint32Array.from(pairs.flat()) });
const distance = (xy: Float64Array, a: number, b: number) => Math.hypot((xy[2 * a] ?? 0) - (xy[2 * b] ?? 0), (xy[2 * a + 1] ?? 0) - (xy[2 * b + 1] ?? 0));

/** The closest any two nodes are (O(n²): small graphs only). */
function closestPair(xy: Float64Array): number {
  let best = Infinity;
  for (let a = 0; a < xy.length / 2; a++) for (let b = a + 1; b < xy.length / 2; b++) best = Math.min(best, distance(xy, a, b));
  return best;
}

const hundred = layoutGraphOf(syntheticStory(100, { seed: 4, positions: false })).graph;

describe('the force layout', () => {
  it('is deterministic: the same graph and seed give the same positions, another seed others', () => {
    const a = runForceLayout(hundred, { seed: 7 });
    expect(runForceLayout(hundred, { seed: 7 })).toEqual(a);
    expect(runForceLayout(hundred, { seed: 8 })).not.toEqual(a);
  });

  it('never puts two nodes on top of each other', () => {
    const xy = runForceLayout(hundred, { seed: 1 });
    expect(xy.every(Number.isFinite)).toBe(true);
    expect(closestPair(xy)).toBeGreaterThan(EDGE_LENGTH * 0.4);
  });

  it('parts nodes that start on top of each other (a star whose leaves only know the hub)', () => {
    const star = graphOf(40, Array.from({ length: 39 }, (_, i): [number, number] => [0, i + 1]));
    expect(closestPair(runForceLayout(star, { seed: 3 }))).toBeGreaterThan(EDGE_LENGTH * 0.4);
  });

  it('puts connected nodes closer than unconnected ones, on average', () => {
    const xy = runForceLayout(hundred, { seed: 2 });
    const linked = new Set<string>();
    let edgeSum = 0;
    for (let e = 0; e < hundred.edges.length; e += 2) {
      const s = hundred.edges[e] ?? 0;
      const t = hundred.edges[e + 1] ?? 0;
      linked.add(`${s},${t}`).add(`${t},${s}`);
      edgeSum += distance(xy, s, t);
    }
    let otherSum = 0;
    let others = 0;
    for (let a = 0; a < 100; a++) {
      for (let b = a + 1; b < 100; b++) {
        if (linked.has(`${a},${b}`)) continue;
        otherSum += distance(xy, a, b);
        others++;
      }
    }
    expect(edgeSum / (hundred.edges.length / 2)).toBeLessThan((otherSum / others) / 2);
  });

  it('reports progress rising to 1, as often as asked', () => {
    const seen: number[] = [];
    runForceLayout(hundred, { seed: 1, iterations: 50 }, (f) => seen.push(f), 5);
    expect(seen.length).toBeGreaterThanOrEqual(10);
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > (seen[i - 1] ?? 0)))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('lays out nothing and one node, and says it is done', () => {
    const progress: number[] = [];
    expect(runForceLayout(graphOf(0, []), { seed: 1 }, (f) => progress.push(f))).toEqual(new Float64Array(0));
    expect(runForceLayout(graphOf(1, []), { seed: 1 }, (f) => progress.push(f))).toEqual(new Float64Array([0, 0]));
    expect(progress).toEqual([1, 1]);
    expect(createForceLayout(graphOf(1, []), { seed: 1 }).done).toBe(true);
  });

  it('keeps separate components apart from each other and near one another', () => {
    // Two triangles, a pair and two loose nodes.
    const graph = graphOf(10, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [6, 7]]);
    const xy = runForceLayout(graph, { seed: 5 });
    expect(closestPair(xy)).toBeGreaterThan(EDGE_LENGTH * 0.4);
    // Nobody drifts off: the whole picture stays within a few dozen edge lengths of the centre.
    for (let i = 0; i < 10; i++) expect(Math.hypot(xy[2 * i] ?? 0, xy[2 * i + 1] ?? 0)).toBeLessThan(EDGE_LENGTH * 30);
    // Each triangle is tighter than the distance between the two.
    expect(distance(xy, 0, 1)).toBeLessThan(distance(xy, 0, 3));
    expect(distance(xy, 3, 4)).toBeLessThan(distance(xy, 1, 4));
  });

  it('can be run a few steps at a time with the same result as straight through', () => {
    const layout = createForceLayout(hundred, { seed: 9, iterations: 40 });
    while (!layout.done) layout.step(3);
    expect(layout.positions()).toEqual(runForceLayout(hundred, { seed: 9, iterations: 40 }));
  });
});

describe('a story as a layout graph', () => {
  it('numbers nodes in story order and keeps relations between two existing, distinct nodes', () => {
    const story = smallStory();
    const broken = {
      ...story,
      edges: [...story.edges, { ...story.edges[0]!, id: 'x', target: 'gone' }, { ...story.edges[0]!, id: 'loop', target: story.edges[0]!.source }],
    };
    const { ids, graph } = layoutGraphOf(broken);
    expect(ids).toEqual(story.nodes.map((n) => n.id));
    expect(graph.edges.length).toBe(2 * story.edges.length);
    expect(positionsById(['a', 'b'], new Float64Array([1, 2, 3, 4]))).toEqual(new Map([['a', { x: 1, y: 2 }], ['b', { x: 3, y: 4 }]]));
  });

  it('seeds from the story id, the same every time', () => {
    expect(seedFor('xi-kim-beijing')).toBe(seedFor('xi-kim-beijing'));
    expect(seedFor('xi-kim-beijing')).not.toBe(seedFor('xi-kim-beijing-2'));
  });

  it('starts from a breadth-first order that visits every node once, component by component', () => {
    expect([...breadthFirstOrder(graphOf(6, [[0, 3], [3, 5], [1, 2]]))]).toEqual([0, 3, 5, 1, 2, 4]);
  });
});
