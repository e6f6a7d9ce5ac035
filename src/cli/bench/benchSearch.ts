// Search per keystroke for `npm run bench:model`: build the index once, then time each prefix of some names as typed.
import { performance } from 'node:perf_hooks';
import { buildSearchIndex } from '../../model/search/searchIndex';
import { searchIndexed } from '../../model/search/searchNodes';
import type { Story } from '../../model/story/types';
import { median, percentile } from './benchStats';

/** Index build and per-keystroke query times for one story, in ms. */
export interface SearchBench {
  buildMs: number;
  keystrokes: number;
  queryMedianMs: number;
  queryP95Ms: number;
}

/** What a reader types: every prefix of a dozen labels spread through the story, an inner word, and a typo. */
function typedQueries(story: Story): string[] {
  const labels = Array.from({ length: 12 }, (_, i) => story.nodes[Math.floor((i * story.nodes.length) / 12)]?.label ?? '');
  const texts = [...labels, 'council', 'summit', `${labels[0] ?? ''}x`, 'qq'];
  return texts.flatMap((text) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)));
}

export function benchSearch(story: Story, runs: number): SearchBench {
  const builds: number[] = [];
  let index = buildSearchIndex(story.nodes);
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    index = buildSearchIndex(story.nodes);
    builds.push(performance.now() - start);
  }
  const queries = typedQueries(story);
  for (const query of queries) searchIndexed(index, query); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const query of queries) {
      const start = performance.now();
      searchIndexed(index, query);
      times.push(performance.now() - start);
    }
  }
  return { buildMs: median(builds), keystrokes: queries.length, queryMedianMs: median(times), queryP95Ms: percentile(times, 95) };
}
