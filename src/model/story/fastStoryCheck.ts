import { LIMITS, PATTERNS } from './storyLimits';
import type { Evidence, Paragraph, Story, StoryEdge, StoryNode, TourStep } from './types';

/*
 * StorySchema run jitless (as a strict Content-Security-Policy demands) takes most of the time of opening a large
 * story. This reads the same shape in one plain pass. It only ever answers "certainly valid" (with the story zod
 * would have returned) or "not sure": on any doubt the caller runs StorySchema, whose problems are the ones shown.
 * So it may be stricter than the schema, never looser; tests/model/fastStoryCheck.test.ts holds the two together.
 * It imports nothing from zod, so a valid story is opened without loading zod at all (see model/story/readValidStory.ts).
 */

/** Thrown on the first doubt and caught once, in fastStoryCheck; one instance, as its stack says nothing. */
class Doubt extends Error {}
const DOUBT = new Doubt('not certainly a valid story');
const doubt = (): never => {
  throw DOUBT;
};

/**
 * The keys each object may have, in the schema's order (which is the order zod writes them in). Exported so a test
 * can hold them to the schema: a field added there but not here would otherwise be dropped by the fast path.
 */
export const FAST_KEYS = {
  story: ['version', 'id', 'title', 'description', 'article', 'nodes', 'edges', 'steps', 'changes', 'dismissed'],
  article: ['title', 'source', 'paragraphs'],
  paragraph: ['id', 'text'],
  node: ['id', 'label', 'type', 'aliases', 'summary', 'evidence', 'position'],
  edge: ['id', 'source', 'target', 'label', 'type', 'directed', 'evidence'],
  evidence: ['paragraph', 'quote', 'prefix', 'suffix'],
  position: ['x', 'y'],
} as const;

/** The keys of the small parts (the article's source, tour steps, corrections), in the schema's order; a test holds them to it. */
export const SMALL_PART_KEYS = {
  source: ['name', 'url', 'published'],
  step: ['title', 'text', 'focus', 'select', 'paragraph'],
  change: ['date', 'note'],
} as const;

const keySets = {
  story: new Set<string>(FAST_KEYS.story),
  article: new Set<string>(FAST_KEYS.article),
  paragraph: new Set<string>(FAST_KEYS.paragraph),
  node: new Set<string>(FAST_KEYS.node),
  edge: new Set<string>(FAST_KEYS.edge),
  evidence: new Set<string>(FAST_KEYS.evidence),
  position: new Set<string>(FAST_KEYS.position),
  source: new Set<string>(SMALL_PART_KEYS.source),
  step: new Set<string>(SMALL_PART_KEYS.step),
  change: new Set<string>(SMALL_PART_KEYS.change),
};

type Fields = Record<string, unknown>;

/** Any non-array object can be read key by key; this says so to TypeScript. */
function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A plain object (as JSON.parse and structured clone make) with no key outside `allowed`. Other prototypes could
 * lend inherited fields, which zod would read; rather than follow it there, they are left to zod.
 */
function fields(value: unknown, allowed: ReadonlySet<string>): Fields {
  if (!isFields(value)) return doubt();
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return doubt();
  // for…in, like zod's strictObject, so exactly the keys it would call unrecognized are refused.
  for (const key in value) if (!allowed.has(key)) return doubt();
  return value;
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' && value.length <= max ? value : doubt();
}

function nonBlank(value: unknown, max: number): string {
  return typeof value === 'string' && value.length <= max && PATTERNS.nonBlank.test(value) ? value : doubt();
}

function idText(value: unknown): string {
  return typeof value === 'string' && value.length >= 1 && value.length <= LIMITS.id && PATTERNS.id.test(value) ? value : doubt();
}

/** zod's z.number(): finite numbers only. */
function finite(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : doubt();
}

function boolean(value: unknown): boolean {
  return typeof value === 'boolean' ? value : doubt();
}

function list<T>(value: unknown, max: number, read: (item: unknown) => T): T[] {
  if (!Array.isArray(value) || value.length > max) return doubt();
  const out: T[] = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = read(value[i]);
  return out;
}

/** `.optional()` in zod: absent stays absent (the caller asks `key in`), present-but-undefined stays undefined. */
function maybe<T>(value: unknown, read: (value: unknown) => T): T | undefined {
  return value === undefined ? undefined : read(value);
}

// Made once, not a closure per item.
const labelText = (value: unknown) => nonBlank(value, LIMITS.label);
const typeText = (value: unknown) => nonBlank(value, LIMITS.type);
const summaryText = (value: unknown) => text(value, LIMITS.summary);
const contextText = (value: unknown) => text(value, LIMITS.context);
const aliasList = (value: unknown) => list(value, LIMITS.aliases, labelText);
const titleText = (value: unknown) => nonBlank(value, LIMITS.title);
const dateText = (value: unknown) => (typeof value === 'string' && PATTERNS.date.test(value) ? value : doubt());
const urlText = (value: unknown) => (typeof value === 'string' && value.length <= LIMITS.url && PATTERNS.httpUrl.test(value) ? value : doubt());
const focusList = (value: unknown) => list(value, LIMITS.stepFocus, idText);

// Optional keys are added by assignment after the required ones, or chosen among literals where a required key
// follows them (node, edge), so keys stand in the schema's order; spreading them in made this pass a third slower.

function readEvidence(value: unknown): Evidence {
  const o = fields(value, keySets.evidence);
  const evidence: Evidence = { paragraph: idText(o.paragraph), quote: nonBlank(o.quote, LIMITS.quote) };
  if ('prefix' in o) evidence.prefix = maybe(o.prefix, contextText);
  if ('suffix' in o) evidence.suffix = maybe(o.suffix, contextText);
  return evidence;
}

function readPosition(value: unknown): { x: number; y: number } {
  const o = fields(value, keySets.position);
  return { x: finite(o.x), y: finite(o.y) };
}

function readNode(value: unknown): StoryNode {
  const o = fields(value, keySets.node);
  const id = idText(o.id);
  const label = labelText(o.label);
  const type = typeText(o.type);
  const evidence = list(o.evidence, LIMITS.evidence, readEvidence);
  const node: StoryNode =
    'aliases' in o
      ? 'summary' in o
        ? { id, label, type, aliases: maybe(o.aliases, aliasList), summary: maybe(o.summary, summaryText), evidence }
        : { id, label, type, aliases: maybe(o.aliases, aliasList), evidence }
      : 'summary' in o
        ? { id, label, type, summary: maybe(o.summary, summaryText), evidence }
        : { id, label, type, evidence };
  if ('position' in o) node.position = maybe(o.position, readPosition);
  return node;
}

function readEdge(value: unknown): StoryEdge {
  const o = fields(value, keySets.edge);
  const id = idText(o.id);
  const source = idText(o.source);
  const target = idText(o.target);
  const label = labelText(o.label);
  const evidence = list(o.evidence, LIMITS.evidence, readEvidence);
  return 'type' in o
    ? 'directed' in o
      ? { id, source, target, label, type: maybe(o.type, typeText), directed: maybe(o.directed, boolean), evidence }
      : { id, source, target, label, type: maybe(o.type, typeText), evidence }
    : 'directed' in o
      ? { id, source, target, label, directed: maybe(o.directed, boolean), evidence }
      : { id, source, target, label, evidence };
}

function readParagraph(value: unknown): Paragraph {
  const o = fields(value, keySets.paragraph);
  return { id: idText(o.id), text: nonBlank(o.text, LIMITS.paragraphText) };
}

type Source = NonNullable<Story['article']['source']>;
type Change = NonNullable<Story['changes']>[number];

/**
 * Every key of a source is optional, so the schema takes any object here, of any prototype (a Date reads as `{}`).
 * Read the way zod reads it (keys by for…in, values as `o[key]`, inherited ones too), so the two agree on those as well.
 */
function readSource(value: unknown): Source {
  if (!isFields(value)) return doubt();
  const o = value;
  for (const key in o) if (!keySets.source.has(key)) return doubt();
  const source: Source = {};
  if ('name' in o) source.name = maybe(o.name, titleText);
  if ('url' in o) source.url = maybe(o.url, urlText);
  if ('published' in o) source.published = maybe(o.published, dateText);
  return source;
}

function readStep(value: unknown): TourStep {
  const o = fields(value, keySets.step);
  const step: TourStep = { title: labelText(o.title), text: summaryText(o.text) };
  if ('focus' in o) step.focus = maybe(o.focus, focusList);
  if ('select' in o) step.select = maybe(o.select, idText);
  if ('paragraph' in o) step.paragraph = maybe(o.paragraph, idText);
  return step;
}

function readChange(value: unknown): Change {
  const o = fields(value, keySets.change);
  return { date: dateText(o.date), note: nonBlank(o.note, LIMITS.summary) };
}

// The story and its article are one object each: spreads are fine there.
function readArticle(value: unknown): Story['article'] {
  const o = fields(value, keySets.article);
  const paragraphs = list(o.paragraphs, LIMITS.paragraphs, readParagraph);
  return {
    title: nonBlank(o.title, LIMITS.title),
    ...('source' in o ? { source: maybe(o.source, readSource) } : undefined),
    paragraphs: paragraphs.length >= 1 ? paragraphs : doubt(),
  };
}

function readStory(value: unknown): Story {
  const o = fields(value, keySets.story);
  return {
    version: o.version === 1 ? 1 : doubt(),
    id: idText(o.id),
    title: nonBlank(o.title, LIMITS.title),
    ...('description' in o ? { description: maybe(o.description, summaryText) } : undefined),
    article: readArticle(o.article),
    nodes: list(o.nodes, LIMITS.nodes, readNode),
    edges: list(o.edges, LIMITS.edges, readEdge),
    ...('steps' in o ? { steps: maybe(o.steps, (steps) => list(steps, LIMITS.steps, readStep)) } : undefined),
    ...('changes' in o ? { changes: maybe(o.changes, (changes) => list(changes, LIMITS.changes, readChange)) } : undefined),
    ...('dismissed' in o ? { dismissed: maybe(o.dismissed, (names) => list(names, LIMITS.dismissed, labelText)) } : undefined),
  };
}

/** `read(value)`, or undefined when the reader doubts. */
function attempt<T>(read: (value: unknown) => T, value: unknown): T | undefined {
  try {
    return read(value);
  } catch (error) {
    if (error instanceof Doubt) return undefined;
    throw error;
  }
}

/**
 * The story StorySchema would return for `input` (a fresh copy, keys in the schema's order), when the input is
 * certainly valid; undefined when it is not or when this check is not sure. Linear in the size of the input.
 */
export function fastStoryCheck(input: unknown): Story | undefined {
  return attempt(readStory, input);
}

/**
 * The same reading, one part at a time: what ParagraphSchema, NodeSchema, EdgeSchema or EvidenceSchema would return,
 * or undefined when not sure. For readStoryParts, which salvages the parts of a story that failed as a whole.
 */
export const fastPart = {
  paragraph: (value: unknown) => attempt(readParagraph, value),
  node: (value: unknown) => attempt(readNode, value),
  edge: (value: unknown) => attempt(readEdge, value),
  evidence: (value: unknown) => attempt(readEvidence, value),
};
