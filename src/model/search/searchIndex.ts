import type { StoryNode } from '../story/types';
import { foldForSearch, wordStarts } from './foldForSearch';

/** A label or alias, folded once when the index is built rather than on every keystroke. */
export interface IndexedName {
  /** Position of its node in the story: ties between equally good matches go to the earlier node. */
  node: number;
  /** Which of the node's aliases this is, or -1 for its label. */
  alias: number;
  folded: string;
}

/** Keys in code-unit order, each with the name it came from: the keys starting with a query form one run. */
export interface SortedKeys {
  keys: string[];
  /** `names[i]` is the position in `SearchIndex.names` of the name `keys[i]` came from. */
  names: Int32Array;
}

/** Everything a search needs, built once per list of nodes so a keystroke costs a lookup, not a scan. */
export interface SearchIndex {
  nodes: readonly StoryNode[];
  /** Every label in story order (so a node's label is at its own position), then every alias in story order. */
  names: IndexedName[];
  /** Whole folded names: a whole-name prefix match is a run here. */
  wholeNames: SortedKeys;
  /** Each name from every word start after its first: a query that starts a word is a prefix of one of these. */
  wordStarts: SortedKeys;
}

export function buildSearchIndex(nodes: readonly StoryNode[]): SearchIndex {
  const names: IndexedName[] = nodes.map((node, order) => ({ node: order, alias: -1, folded: foldForSearch(node.label) }));
  nodes.forEach((node, order) => (node.aliases ?? []).forEach((alias, i) => names.push({ node: order, alias: i, folded: foldForSearch(alias) })));
  const whole: [string, number][] = names.map((name, i) => [name.folded, i]);
  const words: [string, number][] = [];
  names.forEach(({ folded }, i) => {
    for (const at of wordStarts(folded)) words.push([folded.slice(at), i]);
  });
  return { nodes, names, wholeNames: sortKeys(whole), wordStarts: sortKeys(words) };
}

function sortKeys(entries: [string, number][]): SortedKeys {
  // Plain < on strings (code units), the same order `prefixRun`'s binary search assumes.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { keys: entries.map(([key]) => key), names: Int32Array.from(entries, ([, name]) => name) };
}

/** Positions in `SearchIndex.names` of the names whose key starts with `q`: binary search, then the run. */
export function* prefixRun(sorted: SortedKeys, q: string): Generator<number> {
  let low = 0;
  let high = sorted.keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted.keys[mid] ?? '') < q) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < sorted.keys.length && sorted.keys[i]?.startsWith(q); i++) yield sorted.names[i] ?? 0;
}

/**
 * Positions of the labels (or aliases) containing `q` anywhere, ascending: a scan of the folded names, run
 * only when the better tiers leave suggestions to fill, and stopped as soon as they are full. Measured at
 * 10,000 nodes, this costs under a millisecond even when nothing matches; a trigram index made it ~0.02 ms
 * but doubled the build, paid by every story.
 */
export function* containing(index: SearchIndex, q: string, aliases: boolean): Generator<number> {
  const labels = index.nodes.length;
  for (let i = aliases ? labels : 0; i < (aliases ? index.names.length : labels); i++) if (index.names[i]?.folded.includes(q)) yield i;
}
