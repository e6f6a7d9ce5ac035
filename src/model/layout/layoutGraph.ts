import type { Story } from '../story/types';

/**
 * A graph as the force layout sees it: nodes are the numbers 0..nodeCount-1, edges pairs of them. Typed arrays,
 * so a 20,000-edge graph crosses to a Web Worker as one transferable buffer instead of 20,000 cloned objects.
 */
export interface LayoutGraph {
  nodeCount: number;
  /** Edge ends, two numbers per edge: [source0, target0, source1, target1, …]. */
  edges: Uint32Array;
}

/** A story's nodes in story order (index i is node `ids[i]`), and its relations between two distinct, existing nodes. */
export function layoutGraphOf(story: Story): { ids: string[]; graph: LayoutGraph } {
  const ids = story.nodes.map((n) => n.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const ends: number[] = [];
  for (const edge of story.edges) {
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    // A draft may point at a removed node; a loop pulls a node towards itself, which moves nothing.
    if (s === undefined || t === undefined || s === t) continue;
    ends.push(s, t);
  }
  return { ids, graph: { nodeCount: ids.length, edges: Uint32Array.from(ends) } };
}

/**
 * Where nodes go, by node id. A Map, since ids are a story's text: in an object, a node named `constructor`
 * that the positions do not cover would find Object's constructor there, and take it for a position.
 */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Positions by node id, from interleaved coordinates [x0, y0, x1, y1, …] in the order of `ids`. */
export function positionsById(ids: readonly string[], xy: Float64Array): Positions {
  return new Map(ids.map((id, i) => [id, { x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 }]));
}

/** A layout seed from a story id (FNV-1a), so the same story lays out the same way on every load. */
export function seedFor(storyId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < storyId.length; i++) {
    hash ^= storyId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
