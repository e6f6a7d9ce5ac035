// Deterministic synthetic stories for the benchmark: same seed, same JSON, so figures compare across runs and machines.
import { findOccurrences } from '../../model/anchoring/anchorQuote';
import type { Evidence, Story, StoryEdge, StoryNode } from '../../model/story/types';
import { mulberry32 } from '../../model/seededRandom';

/** Node types the explorer styles; the generator draws from these only. */
export const SYNTHETIC_TYPES = ['person', 'nation', 'organization', 'ideology', 'event', 'place'] as const;

/** Grid spacing of saved positions: wider than a labelled node so nothing overlaps at the default zoom. */
export const GRID = { x: 180, y: 130 } as const;

const SYLLABLES = ['ka', 'vor', 'len', 'tis', 'mar', 'do', 'ren', 'sul', 'bri', 'an', 'tho', 'zel', 'pra', 'quin', 'ost', 'lu'];
const GIVEN = ['Arlen', 'Mira', 'Tomas', 'Ines', 'Kofi', 'Lena', 'Ravi', 'Sana', 'Yuri', 'Noor'];
const RELATIONS: { label: string; type: string }[] = [
  { label: 'met with', type: 'meeting' },
  { label: 'backed', type: 'support' },
  { label: 'condemned', type: 'accusation' },
  { label: 'traded with', type: 'trade' },
  { label: 'signed an accord with', type: 'agreement' },
  { label: 'criticised', type: 'accusation' },
  { label: 'hosted', type: 'meeting' },
  { label: 'advised', type: 'support' },
];
const OPENERS = ['', 'On Tuesday, ', 'Earlier this year, ', 'According to officials, ', 'In a statement, '];

/** A name unique to `index` (its digits in base 16, one syllable each), so labels never collide by accident. */
function coreName(index: number): string {
  let n = index + 16; // at least two syllables
  let out = '';
  while (n > 0) {
    out = (SYLLABLES[n % 16] ?? '') + out;
    n = Math.floor(n / 16);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function makeLabel(type: (typeof SYNTHETIC_TYPES)[number], index: number, pick: <T>(items: readonly T[]) => T): string {
  const core = coreName(index);
  switch (type) {
    case 'person':
      return `${pick(GIVEN)} ${core}`;
    case 'nation':
      return `Republic of ${core}`;
    case 'organization':
      return `${core} Council`;
    case 'ideology':
      return `${core}ism`;
    case 'event':
      return `${core} Summit`;
    case 'place':
      return `Port ${core}`;
  }
}

/** One to three quotes, one most often, so a 10,000-node story carries about 50,000 quotes as in the target. */
function evidenceCount(random: () => number): number {
  const r = random();
  return r < 0.5 ? 1 : r < 5 / 6 ? 2 : 3;
}

/** Keeps the candidates that occur exactly once in the paragraph (a quote must anchor), in order, without repeats. */
function uniqueQuotes(text: string, candidates: string[]): string[] {
  const kept = [...new Set(candidates)].filter((c) => findOccurrences(text, c).length === 1);
  if (kept.length === 0) throw new Error(`syntheticStory: no unique quote among ${JSON.stringify(candidates)}`);
  return kept;
}

/** A synthetic story of `nodeCount` nodes, about two edges each, over an article of about nodeCount/2 paragraphs. */
export function syntheticStory(nodeCount: number, options: { seed: number; positions: boolean }): Story {
  // A story needs at least one paragraph, so at least one node to tell of.
  if (!Number.isInteger(nodeCount) || nodeCount < 1) throw new RangeError(`syntheticStory: nodeCount must be a positive integer, not ${nodeCount}`);
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const columns = Math.max(1, Math.ceil(Math.sqrt(nodeCount)));

  const nodes: StoryNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const type = pick(SYNTHETIC_TYPES);
    const node: StoryNode = { id: `n${i}`, label: makeLabel(type, i, pick), type, evidence: [] };
    if (options.positions) node.position = { x: (i % columns) * GRID.x, y: Math.floor(i / columns) * GRID.y };
    nodes.push(node);
  }

  // Two edges per node, from it to a node nearby in the list (so clusters form), never a loop or a repeat.
  const edges: StoryEdge[] = [];
  const edgesFrom: StoryEdge[][] = nodes.map(() => []);
  if (nodeCount >= 2) {
    nodes.forEach((source, i) => {
      const targets = new Set<number>();
      while (targets.size < Math.min(2, nodeCount - 1)) {
        const t = (i + 1 + Math.floor(random() * Math.min(50, nodeCount - 1))) % nodeCount;
        if (t !== i) targets.add(t);
      }
      for (const t of targets) {
        const relation = pick(RELATIONS);
        const edge: StoryEdge = { id: `e${edges.length}`, source: source.id, target: `n${t}`, label: relation.label, type: relation.type, evidence: [] };
        edges.push(edge);
        edgesFrom[i]?.push(edge);
      }
    });
  }

  // Paragraph k tells of nodes 2k and 2k+1 and the edges leaving them: one clause per edge, in 2–4 sentences.
  const labelOf = (id: string) => nodes[Number(id.slice(1))]?.label ?? id;
  const paragraphs: Story['article']['paragraphs'] = [];
  let serial = 0;
  for (let first = 0; first < nodeCount; first += 2) {
    const id = `p${paragraphs.length + 1}`;
    const members = nodes.slice(first, first + 2);
    const clauses: { owner: StoryNode; edge?: StoryEdge; text: string }[] = members.flatMap((owner, k) =>
      (edgesFrom[first + k] ?? []).map((edge) => ({ owner, edge, text: `${owner.label} ${edge.label} ${labelOf(edge.target)}` })),
    );
    // A story of one node has no edges, yet its node still needs a sentence to be quoted from.
    if (clauses.length === 0) members.forEach((owner) => clauses.push({ owner, text: `${owner.label} was named in the report` }));
    const sentenceCount = Math.max(1, Math.min(clauses.length, 2 + Math.floor(random() * 3)));
    const groups: (typeof clauses)[] = Array.from({ length: sentenceCount }, () => []);
    clauses.forEach((c, k) => groups[k % groups.length]?.push(c));
    // The serial makes every sentence distinct, so a whole sentence always anchors exactly once.
    const sentences = groups.map((group) => `${pick(OPENERS)}${group.map((c) => c.text).join(', while ')}, according to dispatch ${++serial}.`);
    const text = sentences.join(' ');
    paragraphs.push({ id, text });

    const sentenceWith = (clause: string) => sentences.find((s) => s.includes(clause)) ?? clause;
    const cite = (candidates: string[]): Evidence[] =>
      uniqueQuotes(text, candidates)
        .slice(0, evidenceCount(random))
        .map((quote) => ({ paragraph: id, quote }));
    for (const { edge, text: clause } of clauses) {
      if (edge) edge.evidence = cite([clause, `${edge.label} ${labelOf(edge.target)}`, sentenceWith(clause)]);
    }
    members.forEach((node) => {
      const own = clauses.filter((c) => c.owner === node).map((c) => c.text);
      node.evidence = cite([...own, ...own.map(sentenceWith)]);
    });
  }

  return {
    version: 1,
    id: `synthetic-${nodeCount}-${options.seed}`,
    title: `Synthetic story of ${nodeCount} nodes`,
    description: 'Generated for the benchmark: a made-up article and the graph curated from it.',
    article: { title: `A year of coverage in ${paragraphs.length} paragraphs`, paragraphs },
    nodes,
    edges,
  };
}
