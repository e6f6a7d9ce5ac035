import { describe, expect, it } from 'vitest';
import { GRID, SYNTHETIC_TYPES, syntheticStory } from '../../src/cli/bench/syntheticStory';
import { parseStory } from '../../src/model/story/parseStory';

describe('syntheticStory', () => {
  it('is deterministic for a seed, and differs across seeds', () => {
    const a = JSON.stringify(syntheticStory(100, { seed: 7, positions: true }));
    expect(JSON.stringify(syntheticStory(100, { seed: 7, positions: true }))).toBe(a);
    expect(JSON.stringify(syntheticStory(100, { seed: 8, positions: true }))).not.toBe(a);
  });

  it.each([1, 2, 3, 100])('passes parseStory at %i nodes, every quote anchoring', (n) => {
    const result = parseStory(syntheticStory(n, { seed: 1, positions: false }));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has about two edges per node, 1–3 quotes each, about nodeCount/2 paragraphs of 2–4 sentences', () => {
    const story = syntheticStory(100, { seed: 3, positions: false });
    expect(story.nodes).toHaveLength(100);
    expect(story.edges.length).toBeGreaterThanOrEqual(180);
    expect(story.edges.length).toBeLessThanOrEqual(220);
    for (const element of [...story.nodes, ...story.edges]) {
      expect(element.evidence.length).toBeGreaterThanOrEqual(1);
      expect(element.evidence.length).toBeLessThanOrEqual(3);
    }
    expect(story.article.paragraphs).toHaveLength(50);
    for (const p of story.article.paragraphs) {
      const sentences = p.text.split(/(?<=\.) /).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(4);
    }
    expect(new Set(story.nodes.map((n) => n.type)).size).toBe(SYNTHETIC_TYPES.length);
    for (const n of story.nodes) expect(SYNTHETIC_TYPES).toContain(n.type);
  });

  it('saves positions on a grid only when asked', () => {
    expect(syntheticStory(20, { seed: 1, positions: false }).nodes.every((n) => n.position === undefined)).toBe(true);
    const placed = syntheticStory(20, { seed: 1, positions: true }).nodes.map((n) => n.position);
    const keys = new Set(placed.map((p) => `${p?.x},${p?.y}`));
    expect(keys.size).toBe(20);
    for (const p of placed) {
      expect((p?.x ?? -1) % GRID.x).toBe(0);
      expect((p?.y ?? -1) % GRID.y).toBe(0);
    }
    expect(GRID.x).toBeGreaterThanOrEqual(150);
    expect(GRID.y).toBeGreaterThanOrEqual(110);
  });

  it('rejects a story without nodes (it would have no paragraph)', () => {
    expect(() => syntheticStory(0, { seed: 1, positions: false })).toThrow(RangeError);
  });
});
