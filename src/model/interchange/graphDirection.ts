import type { Story } from '../story/types';

/**
 * The direction a whole graph is declared with: undirected only when every relation is symmetric (a story of
 * alliances). A mixed story is declared directed and each edge says `directed` as data, because NetworkX refuses a
 * file whose edges disagree with the graph's declaration.
 */
export function storyEdgeDefault(story: Story): 'directed' | 'undirected' {
  return story.edges.length > 0 && story.edges.every((edge) => edge.directed === false) ? 'undirected' : 'directed';
}

// A Map, not an object literal, so a cell such as "constructor" finds nothing instead of Object's prototype.
const DIRECTED = new Map([
  ['true', true], ['yes', true], ['1', true], ['directed', true],
  ['false', false], ['no', false], ['0', false], ['undirected', false],
]);

/** Reads a direction as files write it (true/false, yes/no, 1/0, Gephi's Directed/Undirected), any case; undefined when it is none of these. */
export function readDirected(text: string): boolean | undefined {
  return DIRECTED.get(text.trim().toLowerCase());
}
