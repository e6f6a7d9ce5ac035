// The search as a plain scan over every name, written straight from the ranking rules: the reference the index must agree with.
import type { StoryNode } from '../../../src/model/story/types';
import { foldForSearch, startsWord } from '../../../src/model/search/foldForSearch';
import type { SearchHit } from '../../../src/model/search/searchNodes';

/** 0 for a whole-name prefix, 1 when a word starts with the query, 2 for anywhere else, null for no match. */
function rankName(name: string, q: string): number | null {
  if (name.startsWith(q)) return 0;
  let at = name.indexOf(q);
  if (at === -1) return null;
  for (; at !== -1; at = name.indexOf(q, at + 1)) if (startsWord(name, at)) return 1;
  return 2;
}

const folded = new Map<string, string>();
const fold = (text: string) => folded.get(text) ?? folded.set(text, foldForSearch(text)).get(text) ?? '';

export function scanSearch(nodes: readonly StoryNode[], query: string, limit = 8): SearchHit[] {
  const q = foldForSearch(query.trim());
  if (q.length === 0) return [];
  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  nodes.forEach((node, order) => {
    let best: { score: number; alias?: string } | null = null;
    const names = [{ text: node.label, alias: undefined as string | undefined }, ...(node.aliases ?? []).map((a) => ({ text: a, alias: a }))];
    for (const name of names) {
      const rank = rankName(fold(name.text), q);
      if (rank === null) continue;
      const score = rank * 2 + (name.alias === undefined ? 0 : 1);
      if (!best || score < best.score) best = name.alias === undefined ? { score } : { score, alias: name.alias };
    }
    if (best) scored.push({ hit: best.alias === undefined ? { node } : { node, matchedAlias: best.alias }, score: best.score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.hit);
}
