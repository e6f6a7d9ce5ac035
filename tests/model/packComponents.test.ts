import { describe, expect, it } from 'vitest';
import { packComponents } from '../../src/model/layout/packComponents';

const point = (xy: Float64Array, i: number) => ({ x: xy[2 * i] ?? NaN, y: xy[2 * i + 1] ?? NaN });

describe('packComponents', () => {
  // A chain 0-1-2 along x, and node 3 alone, left by the forces far away.
  const graph = { nodeCount: 4, edges: Uint32Array.from([0, 1, 1, 2]) };
  const xy = Float64Array.from([0, 0, 170, 0, 340, 0, 2000, 1500]);

  it('brings a lone node next to the main piece, a gap away from its box', () => {
    const packed = packComponents(xy, graph, 100);
    const lone = point(packed, 3);
    const chain = [0, 1, 2].map((i) => point(packed, i));
    const box = { x1: Math.min(...chain.map((p) => p.x)), x2: Math.max(...chain.map((p) => p.x)), y1: Math.min(...chain.map((p) => p.y)), y2: Math.max(...chain.map((p) => p.y)) };
    const dx = Math.max(box.x1 - lone.x, 0, lone.x - box.x2);
    const dy = Math.max(box.y1 - lone.y, 0, lone.y - box.y2);
    expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(100);
  });

  it('keeps each piece’s own shape', () => {
    const packed = packComponents(xy, graph, 100);
    expect(point(packed, 1).x - point(packed, 0).x).toBe(170);
    expect(point(packed, 2).y - point(packed, 0).y).toBe(0);
  });

  it('leaves a connected picture as it is', () => {
    const connected = { nodeCount: 3, edges: Uint32Array.from([0, 1, 1, 2]) };
    const three = Float64Array.from([5, 6, 7, 8, 9, 10]);
    expect([...packComponents(three, connected, 100)]).toEqual([...three]);
  });

  it('keeps many lone nodes in rows no wider than a square holding them all', () => {
    const lonely = { nodeCount: 16, edges: new Uint32Array() };
    const scattered = Float64Array.from({ length: 32 }, (_, i) => (i * 7919) % 5000);
    const packed = packComponents(scattered, lonely, 100);
    const xs = [...packed].filter((_, i) => i % 2 === 0);
    const ys = [...packed].filter((_, i) => i % 2 === 1);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(400);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(400);
  });
});
