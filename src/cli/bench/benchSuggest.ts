// `npm run bench:suggest`: the studio's evidence finders on a 2,500-paragraph article in Node, timed (median of 5
// after a warm-up). Prints a table; reports times only, nothing here fails on a slow machine.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { nameTheArticle, nodeMentions } from '../../model/mentions/findMentions';
import { suggestNodes } from '../../model/mentions/suggestNodes';
import { suggestRelations } from '../../model/mentions/suggestRelations';
import type { Story } from '../../model/story/types';
import { syntheticStory } from './syntheticStory';

const PARAGRAPHS = 2_500;
const RUNS = 5;
const SOURCES = ['data/xi-kim-beijing.json', 'tests/fixtures/kim-putin-vostochny.json'];

/** The two curated stories' paragraphs, repeated to PARAGRAPHS with fresh ids, and both stories' nodes. */
function longStory(): Story {
  const stories = SOURCES.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Story);
  const texts = stories.flatMap((s) => s.article.paragraphs.map((p) => p.text));
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => ({ id: `p${i + 1}`, text: texts[i % texts.length] ?? '' }));
  const nodes = [...new Map(stories.flatMap((s) => s.nodes).map((n) => [n.id, n])).values()];
  return { version: 1, id: 'long', title: 'Long', article: { title: 'Long', paragraphs }, nodes, edges: stories.flatMap((s) => s.edges) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(name: string, run: () => string): void {
  run();
  const samples: number[] = [];
  let said = '';
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    said = run();
    samples.push(performance.now() - start);
  }
  console.log(`${name.padEnd(44)} ${median(samples).toFixed(0).padStart(5)} ms   ${said}`);
}

const story = longStory();
const characters = story.article.paragraphs.reduce((n, p) => n + p.text.length, 0);
console.log(`${PARAGRAPHS} paragraphs, ${characters.toLocaleString('en')} characters, ${story.nodes.length} nodes, ${story.edges.length} relations`);
time('name the article (words + every node’s names)', () => `${nameTheArticle(story).reduce((n, p) => n + p.matches.length, 0)} names found`);
time('find mentions of one node (Kim Jong Un)', () => `${nodeMentions(story, 'kim-jong-un').mentions.length} mentions`);
const named = nameTheArticle(story);
time('find mentions of every node, article named once', () => `${story.nodes.reduce((n, node) => n + nodeMentions(story, node.id, { named }).mentions.length, 0)} mentions`);
time('suggest nodes (graph hidden)', () => `${suggestNodes({ ...story, nodes: [], edges: [] }).length} suggestions`);
time('suggest nodes (with the nodes)', () => `${suggestNodes(story).length} suggestions`);
time('suggest relations', () => `${suggestRelations(story).length} pairs`);

// Many names: the benchmark's synthetic 10,000-node story (5,000 paragraphs) with half its nodes hidden, so thousands
// of names are suggested and each is compared with thousands of nodes.
const synthetic = syntheticStory(10_000, { seed: 20_250_905, positions: false });
const half = { ...synthetic, nodes: synthetic.nodes.slice(0, 5_000), edges: [] };
console.log(`\nsynthetic: ${half.article.paragraphs.length} paragraphs, ${synthetic.nodes.length} names, ${half.nodes.length} of them nodes`);
time('suggest nodes', () => `${suggestNodes(half).length} suggestions`);
time('suggest relations', () => `${suggestRelations(half).length} pairs`);
