import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticStory } from '../../src/cli/bench/syntheticStory';
import { FAST_KEYS, fastStoryCheck, SMALL_PART_KEYS } from '../../src/model/story/fastStoryCheck';
import { storyJsonSchema } from '../../src/model/story/jsonSchema';
import { parseStory } from '../../src/model/story/parseStory';
import { LIMITS, PATTERNS } from '../../src/model/story/storyLimits';
import { ChangeSchema, EdgeSchema, EvidenceSchema, NodeSchema, ParagraphSchema, PositionSchema, SourceSchema, StepSchema, StorySchema } from '../../src/model/story/storySchema';
import type { Story } from '../../src/model/story/types';
import { trickyStory } from './interchange/trickyStory';
import { variantsOf } from './storyVariants';

type Check = (input: unknown) => Story | undefined;

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

/** Part of small-story.json with every optional field the format has, each once, keys in the schema's order. */
function fullStory(): Record<string, unknown> {
  const { version, id, title, article, nodes, edges } = readJson('tests/fixtures/small-story.json');
  if (!Array.isArray(nodes) || !Array.isArray(edges)) throw new Error('small-story.json changed shape');
  const [anna, ben] = nodes;
  ben.evidence = [{ paragraph: 'p2', quote: 'Ben leads', prefix: '', suffix: ' Northland' }];
  return {
    version,
    id,
    title,
    description: 'Every optional field, once.',
    article,
    nodes: [anna, ben],
    edges: edges.slice(0, 1),
    steps: [{ title: 'Meet', text: 'Anna meets Ben.', focus: ['anna', 'anna-met-ben'], select: 'anna', paragraph: 'p1' }],
    changes: [{ date: '2025-09-05', note: 'Corrected a name.' }],
  };
}

/** Keys in the order they are written, undefined-valued ones included (isDeepStrictEqual ignores order). */
function layout(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  if (Array.isArray(value)) return `[${value.map(layout).join(',')}]`;
  return `{${Object.entries(value).map(([key, item]) => `${key}${layout(item)}`).join(',')}}`;
}

/** Every object and array inside `value`, itself included. */
function containers(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !into.has(value)) {
    into.add(value);
    for (const item of Object.values(value)) containers(item, into);
  }
  return into;
}

/** How `check` parts from StorySchema on `input`, if it does: accepting what the schema refuses, or the reverse, or returning a different story. */
function disagreement(check: Check, input: unknown): string | undefined {
  const fast = check(input);
  const schema = StorySchema.safeParse(input);
  if (fast === undefined) return schema.success ? 'StorySchema accepts it, the fast check does not' : undefined;
  if (!schema.success) return `the fast check accepts it, StorySchema says "${schema.error.issues[0]?.message}"`;
  if (!isDeepStrictEqual(fast, schema.data)) return 'both accept it but return different stories';
  if (layout(fast) !== layout(schema.data)) return 'both accept it but write the keys in a different order';
  const inside = containers(input);
  if ([...containers(fast)].some((part) => inside.has(part))) return 'the fast check hands back part of the input, where StorySchema copies';
  return undefined;
}

/** Every disagreement between `check` and StorySchema over `story` and all its variants (see storyVariants.ts), as found. */
function* disagreements(check: Check, story: Record<string, unknown>): Generator<string> {
  for (const what of variantsOf(story)) {
    const problem = disagreement(check, story);
    if (problem !== undefined) yield `${what}: ${problem}`;
  }
}

describe('fastStoryCheck agrees with StorySchema', () => {
  it('on valid stories of every kind', () => {
    const stories: unknown[] = [
      readJson('tests/fixtures/small-story.json'),
      readJson('tests/fixtures/hostile-story.json'),
      readJson('data/xi-kim-beijing.json'),
      fullStory(),
      trickyStory(),
      syntheticStory(60, { seed: 3, positions: true }),
      syntheticStory(60, { seed: 4, positions: false }),
    ];
    expect(stories.map((story) => disagreement(fastStoryCheck, story))).toEqual(stories.map(() => undefined));
    // Agreement alone would also pass if both refused: these are valid, so the fast path must take them.
    expect(stories.filter((story) => fastStoryCheck(story) === undefined)).toEqual([]);
  });

  it('on a page whose Object.prototype has an enumerable key, which zod’s for…in sees on every object', () => {
    const stories = [readJson('tests/fixtures/small-story.json'), syntheticStory(5, { seed: 5, positions: true })];
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true });
    let found: (string | undefined)[];
    try {
      found = stories.map((story) => disagreement(fastStoryCheck, story));
    } finally {
      Reflect.deleteProperty(Object.prototype, 'polluted');
    }
    expect(found).toEqual([undefined, undefined]);
  });

  // About 5,300 variants, so as many runs of jitless zod: a second or so alone, more on a busy machine.
  it('on every variant: wrong types, missing and unknown keys, bad strings, limits, key order', () => {
    expect([...disagreements(fastStoryCheck, fullStory())]).toEqual([]);
  }, 30_000);

  it('at the limits of the big arrays, as the published JSON Schema states them', () => {
    // StorySchema itself over 200,001 edges would take seconds; its limits are read from the JSON Schema it generates.
    const schema = storyJsonSchema();
    const limit = (...path: string[]): number => {
      const value: unknown = path.reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined), schema);
      if (typeof value !== 'number') throw new Error(`no limit at ${path.join('.')}`);
      return value;
    };
    const paragraphs = { min: limit('properties', 'article', 'properties', 'paragraphs', 'minItems'), max: limit('properties', 'article', 'properties', 'paragraphs', 'maxItems') };
    const nodes = limit('properties', 'nodes', 'maxItems');
    const edges = limit('properties', 'edges', 'maxItems');
    const sized = (paragraphCount: number, nodeCount: number, edgeCount: number) => ({
      version: 1,
      id: 's',
      title: 'S',
      article: { title: 'A', paragraphs: Array<unknown>(paragraphCount).fill({ id: 'p', text: 'x' }) },
      nodes: Array<unknown>(nodeCount).fill({ id: 'a', label: 'A', type: 't', evidence: [] }),
      edges: Array<unknown>(edgeCount).fill({ id: 'e', source: 'a', target: 'b', label: 'x', evidence: [] }),
    });
    const accepts = (story: unknown) => fastStoryCheck(story) !== undefined;
    expect([accepts(sized(paragraphs.min, 0, 0)), accepts(sized(paragraphs.max, nodes, edges))]).toEqual([true, true]);
    expect([sized(paragraphs.min - 1, 0, 0), sized(paragraphs.max + 1, 0, 0), sized(1, nodes + 1, 0), sized(1, 0, edges + 1)].map(accepts)).toEqual([false, false, false, false]);
  });

  it('names the same keys as the schema, in the same order', () => {
    expect(FAST_KEYS).toEqual({
      story: Object.keys(StorySchema.shape),
      article: Object.keys(StorySchema.shape.article.shape),
      paragraph: Object.keys(ParagraphSchema.shape),
      node: Object.keys(NodeSchema.shape),
      edge: Object.keys(EdgeSchema.shape),
      evidence: Object.keys(EvidenceSchema.shape),
      position: Object.keys(PositionSchema.shape),
    });
  });

  it('names the small parts’ keys (source, tour steps, corrections) as the schema does, in its order', () => {
    expect(SMALL_PART_KEYS).toEqual({ source: Object.keys(SourceSchema.shape), step: Object.keys(StepSchema.shape), change: Object.keys(ChangeSchema.shape) });
  });

  it('leaves objects of other kinds to StorySchema, which still decides', () => {
    class Place {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
    }
    const story = readJson('tests/fixtures/small-story.json');
    const nodes = story.nodes;
    if (!Array.isArray(nodes)) throw new Error('small-story.json changed shape');
    nodes[0].position = new Place(1, 2);
    expect(fastStoryCheck(story)).toBeUndefined();
    const parsed = parseStory(story);
    expect(parsed.ok && parsed.story.nodes[0]?.position).toEqual({ x: 1, y: 2 });
  });
});

describe('the agreement test', () => {
  const limits = { ...LIMITS };
  const patterns = { ...PATTERNS };
  afterEach(() => {
    Object.entries(limits).forEach(([key, value]) => Reflect.set(LIMITS, key, value));
    Object.entries(patterns).forEach(([key, value]) => Reflect.set(PATTERNS, key, value));
  });
  /** A saboteur's check that believes whatever it is given. */
  const trusted = (input: unknown): input is Story => input !== undefined;
  const withoutExtraKeys = (value: unknown): unknown => {
    if (typeof value === 'object' && value !== null) {
      Reflect.deleteProperty(value, 'extra');
      Object.values(value).forEach(withoutExtraKeys);
    }
    return value;
  };
  // Fast checks gone wrong in ways worth fearing, each with the disagreement the test above must report for it.
  const wrongChecks: [string, () => Check, RegExp][] = [
    ['reads a longer label limit than the schema', () => (Reflect.set(LIMITS, 'label', LIMITS.label + 1), fastStoryCheck), /label = "aaaaaaaa"… \(161 characters\): the fast check accepts/],
    ['reads a shorter context limit', () => (Reflect.set(LIMITS, 'context', LIMITS.context - 1), fastStoryCheck), /prefix = "aaaaaaaa"… \(500 characters\): StorySchema accepts/],
    ['lets any id through', () => (Reflect.set(PATTERNS, 'id', /^/), fastStoryCheck), /\.id = "-a": the fast check accepts/],
    ['lets blank text through', () => (Reflect.set(PATTERNS, 'nonBlank', /^/), fastStoryCheck), /\.quote = " ": the fast check accepts/],
    ['ignores unknown keys', () => (input) => fastStoryCheck(withoutExtraKeys(structuredClone(input))), /nodes\[0\] with an unknown key: the fast check accepts/],
    ['hands back its input', () => (input) => (fastStoryCheck(input) !== undefined && trusted(input) ? input : undefined), /as it is: .* hands back part of the input/],
    ['copies keys in the input’s order', () => (input) => (fastStoryCheck(input) !== undefined && trusted(input) ? structuredClone(input) : undefined), /keys in reverse order: .* different order/],
  ];
  it.each(wrongChecks)('would catch a fast check that %s', (_, make, expected) => {
    const check = make();
    let caught = false;
    for (const line of disagreements(check, fullStory())) if ((caught = expected.test(line))) break;
    expect(caught).toBe(true);
  }, 30_000);
});
