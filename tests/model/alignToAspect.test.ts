import { describe, expect, it } from 'vitest';
import { alignToAspect } from '../../src/model/layout/alignToAspect';

const spanOf = (xy: Float64Array) => {
  const xs = [...xy].filter((_, i) => i % 2 === 0);
  const ys = [...xy].filter((_, i) => i % 2 === 1);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
};
const distance = (xy: Float64Array, a: number, b: number) => Math.hypot((xy[2 * a] ?? 0) - (xy[2 * b] ?? 0), (xy[2 * a + 1] ?? 0) - (xy[2 * b + 1] ?? 0));

describe('alignToAspect', () => {
  // A chain of four nodes on a diagonal, as a force layout leaves it.
  const diagonal = Float64Array.from([0, 0, 120, 100, 240, 190, 360, 300]);

  it('lays a diagonal chain along a wide box', () => {
    const { w, h } = spanOf(alignToAspect(diagonal, 16 / 9));
    expect(w).toBeGreaterThan(450);
    expect(h).toBeLessThan(30);
  });

  it('stands it up in a tall or square box, where labels beside each other would not fit', () => {
    expect(spanOf(alignToAspect(diagonal, 1)).h).toBeGreaterThan(450);
    const { w, h } = spanOf(alignToAspect(diagonal, 0.6));
    expect(h).toBeGreaterThan(450);
    expect(w).toBeLessThan(30);
  });

  it('keeps every distance, so the picture is only turned', () => {
    const turned = alignToAspect(diagonal, 2);
    for (const [a, b] of [[0, 1], [0, 3], [1, 2], [2, 3]] as const) expect(distance(turned, a, b)).toBeCloseTo(distance(diagonal, a, b), 6);
  });

  it('leaves a round picture and a single node alone', () => {
    const square = Float64Array.from([0, 0, 100, 0, 100, 100, 0, 100]);
    expect([...alignToAspect(square, 2)]).toEqual([...square]);
    expect([...alignToAspect(Float64Array.from([5, 7]), 2)]).toEqual([5, 7]);
  });
});
