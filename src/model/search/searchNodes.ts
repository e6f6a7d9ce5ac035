import type { StoryNode } from '../story/types';
import { foldForSearch } from './foldForSearch';
import { buildSearchIndex, containing, prefixRun, type IndexedName, type SearchIndex } from './searchIndex';

/** A search suggestion: the node and, when it matched through an alias, which one. */
export interface SearchHit {
  node: StoryNode;
  matchedAlias?: string;
}

const indexes = new WeakMap<readonly StoryNode[], SearchIndex>();

/** The index of a list of nodes, built on the first search and kept while the list lives (a studio edit makes a new one). */
export function searchIndexOf(nodes: readonly StoryNode[]): SearchIndex {
  let index = indexes.get(nodes);
  if (!index) {
    index = buildSearchIndex(nodes);
    indexes.set(nodes, index);
  }
  return index;
}

/**
 * Nodes whose label or alias matches the query, best first: whole-name prefix, then a word
 * starting with the query, then anywhere; labels before aliases at equal rank; ties in story order.
 */
export function searchNodes(nodes: readonly StoryNode[], query: string, limit = 8): SearchHit[] {
  // An empty box asks for nothing: no reason to build the index yet.
  return query.trim().length === 0 ? [] : searchIndexed(searchIndexOf(nodes), query, limit);
}

/** `searchNodes` over an index already built (the benchmark times the two apart). */
export function searchIndexed(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = foldForSearch(query.trim());
  if (q.length === 0) return [];
  const hits: SearchHit[] = [];
  const taken = new Set<number>();
  // Six ranks, best first: each tier's labels, then its aliases. Reaching a rank means every node matching a
  // better one is already taken (or the suggestions would be full), so skipping taken nodes leaves each at its best.
  const tiers = [
    { names: () => prefixRun(index.wholeNames, q), ascending: false },
    { names: () => prefixRun(index.wordStarts, q), ascending: false },
    { names: (aliases: boolean) => containing(index, q, aliases), ascending: true },
  ];
  for (const tier of tiers) {
    for (const aliases of [false, true]) {
      const need = limit - hits.length;
      if (need <= 0) return hits;
      for (const name of earliest(index.names, tier.names(aliases), { aliases, need, taken, ascending: tier.ascending })) {
        const node = index.nodes[name.node];
        if (!node) continue;
        taken.add(name.node);
        const alias = node.aliases?.[name.alias];
        hits.push(alias === undefined ? { node } : { node, matchedAlias: alias });
      }
    }
  }
  return hits;
}

/**
 * The `need` earliest nodes (story order) among the candidate names that are labels (or aliases), one per
 * node with its first alias, skipping nodes already taken. Ascending candidates let it stop early.
 */
function earliest(
  names: readonly IndexedName[],
  candidates: Iterable<number>,
  options: { aliases: boolean; need: number; taken: ReadonlySet<number>; ascending: boolean },
): IndexedName[] {
  const best: IndexedName[] = [];
  for (const i of candidates) {
    const name = names[i];
    if (!name || name.alias >= 0 !== options.aliases || options.taken.has(name.node)) continue;
    const last = best[best.length - 1];
    if (last && best.length === options.need && name.node > last.node) {
      if (options.ascending) break;
      continue;
    }
    const at = best.findIndex((b) => b.node >= name.node);
    const same = at === -1 ? undefined : best[at];
    if (same?.node === name.node) {
      if (name.alias < same.alias) best[at] = name;
      continue;
    }
    best.splice(at === -1 ? best.length : at, 0, name);
    if (best.length > options.need) best.pop();
  }
  return best;
}
