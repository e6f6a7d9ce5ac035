import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/model/seededRandom';
import { searchNodes } from '../../../src/model/search/searchNodes';
import type { StoryNode } from '../../../src/model/story/types';
import { scanSearch } from './scanSearch';

// Few syllables, so names share prefixes, words and inner runs; accents, dashes, brackets and quotes at word breaks.
const SYLLABLES = ['ka', 'an', 'na', 'kä', 'ré', 'bo', 'ob', 'Ø', 'li', 'il'];
const BREAKS = [' ', ' ', ' ', '-', '–', ' (', ' “', "'", ''];

function nodesFor(count: number, seed: number): StoryNode[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const word = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('');
  const name = () => {
    let text = word();
    for (let words = Math.floor(random() * 3); words > 0; words--) text += pick(BREAKS) + word();
    return random() < 0.3 ? text.toUpperCase() : text;
  };
  return Array.from({ length: count }, (_, i) => {
    const aliasCount = random() < 0.6 ? 0 : 1 + Math.floor(random() * 3);
    const node: StoryNode = { id: `n${i}`, label: name(), type: 'person', evidence: [] };
    if (aliasCount > 0) node.aliases = Array.from({ length: aliasCount }, name);
    return node;
  });
}

/** Queries that hit every tier: prefixes of whole names and of words, inner runs, single letters, and misses. */
function queriesFor(nodes: readonly StoryNode[], seed: number): string[] {
  const random = mulberry32(seed);
  const names = nodes.flatMap((n) => [n.label, ...(n.aliases ?? [])]);
  const queries = new Set(['a', 'k', 'ø', 'é', 'e', ' ', '-', '(', 'xyz', 'KA', ' ka ', 'ana', 'nan', 'kaka', 'bob', 'o', 'an na']);
  for (let i = 0; i < 600; i++) {
    const text = names[Math.floor(random() * names.length)] ?? '';
    const start = random() < 0.3 ? 0 : Math.floor(random() * text.length);
    queries.add(text.slice(start, start + 1 + Math.floor(random() * 6)));
  }
  return [...queries];
}

describe('search index', () => {
  // 1,000 nodes give every tier thousands of candidates and the limits plenty to cut; the index has no size-dependent
  // path, so more nodes only made the reference scan (run for every query) slower, past 5 s on a busy machine.
  const nodes = nodesFor(1_000, 11);
  const queries = queriesFor(nodes, 12);

  it('returns what a scan of every name returns, at every limit', () => {
    for (const query of queries) {
      const ranked = scanSearch(nodes, query, Infinity);
      for (const limit of [1, 3, 8, 40]) expect(searchNodes(nodes, query, limit), `“${query}”, limit ${limit}`).toEqual(ranked.slice(0, limit));
    }
  });

  it('ranks a word start anywhere in a name above a match inside a word, even after an earlier inner match', () => {
    const story: StoryNode[] = [
      { id: 'inner', label: 'Banana', type: 'person', evidence: [] },
      { id: 'later-word', label: 'Banana Ana', type: 'person', evidence: [] },
    ];
    expect(searchNodes(story, 'ana').map((h) => h.node.id)).toEqual(['later-word', 'inner']);
  });

  it('names the first alias that matches best, and prefers a label at equal rank', () => {
    const story: StoryNode[] = [
      { id: 'a', label: 'Zed', aliases: ['Mid Kor', 'Korea'], type: 'nation', evidence: [] },
      { id: 'b', label: 'Korean War', type: 'event', evidence: [] },
    ];
    expect(searchNodes(story, 'kor')).toEqual([{ node: story[1] }, { node: story[0], matchedAlias: 'Korea' }]);
  });

  it('finds runs of one or two characters inside words when the better tiers run out', () => {
    expect(searchNodes(nodes, 'ø', 500)).toEqual(scanSearch(nodes, 'ø', 500));
    expect(searchNodes(nodes, 'bo', 5_000).length).toBe(scanSearch(nodes, 'bo', 5_000).length);
  });
});
