import type { StoryNode } from '../story/types';

/** A search suggestion: the node and, when it matched through an alias, which one. */
export interface SearchHit {
  node: StoryNode;
  matchedAlias?: string;
}

/** Lower case without diacritics, so "juche" finds "Juche" and "kimilsungism" finds "Kimilsungism–Kimjongilism". */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Nodes whose label or alias matches the query, best first: whole-name prefix, then a word
 * starting with the query, then anywhere; labels before aliases at equal rank.
 */
export function searchNodes(nodes: readonly StoryNode[], query: string, limit = 8): SearchHit[] {
  const q = foldForSearch(query.trim());
  if (q.length === 0) return [];
  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  nodes.forEach((node, order) => {
    let best: { score: number; alias?: string } | null = null;
    const names: { text: string; alias?: string }[] = [{ text: node.label }, ...(node.aliases ?? []).map((a) => ({ text: a, alias: a }))];
    for (const name of names) {
      const rank = rankName(foldForSearch(name.text), q);
      if (rank === null) continue;
      const score = rank * 2 + (name.alias ? 1 : 0);
      if (!best || score < best.score) best = name.alias ? { score, alias: name.alias } : { score };
    }
    if (best) scored.push({ hit: best.alias ? { node, matchedAlias: best.alias } : { node }, score: best.score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.hit);
}

function rankName(name: string, q: string): number | null {
  if (name.startsWith(q)) return 0;
  const at = name.indexOf(q);
  if (at === -1) return null;
  return /[\s\-–—(“"']/.test(name.charAt(at - 1)) ? 1 : 2;
}
