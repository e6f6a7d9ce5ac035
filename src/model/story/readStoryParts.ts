import type { CheckedEdge, CheckedElement, CheckedParagraph, StoryParts } from './checkIntegrity';
import { fastPart } from './fastStoryCheck';
import { formatPath } from './formatPath';
import type { ProblemSink } from './problemSink';
import { LIMITS } from './storyLimits';
import { EdgeSchema, EvidenceSchema, NodeSchema, ParagraphSchema, StepSchema } from './storySchema';
import type { Evidence } from './types';

/*
 * A story that fails the schema as a whole still has parts that are fine, and the integrity checks can judge those
 * (quotes that must anchor, edge ends, duplicate ids) in the same run. This reads every part on its own: whole
 * when its shape is fine, else the fields the checks need, each only if that field's own shape is fine. Each part
 * goes through the fast reader first and the part's schema only when that is not sure, so a large story with one
 * fault costs about one more fast pass, not a second run of the schema.
 *
 * The long lists (paragraphs, nodes, edges) are checked here item by item, not by StorySchema as a whole: zod gathers
 * a whole array's issues in one call, and 30,000 empty edges (150,000 issues) overflowed its stack. Each item's
 * issues go to the sink, which lists a thousand and counts the rest.
 */

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as `schema` returns it, or undefined when its shape fails. */
function valid<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

const id = (value: unknown) => valid(NodeSchema.shape.id, value);

function evidenceItem(value: unknown): Evidence | undefined {
  return fastPart.evidence(value) ?? valid(EvidenceSchema, value);
}

/** Zod's own problems with an item, written where the item stands; once the list is full, only counted. */
export type Describe = (path: (string | number)[], message: string, code: string) => string;
export interface Reporter {
  sink: ProblemSink;
  describe: Describe;
}

/** The item as `schema` reads it; when it fails, its issues are reported (at `path`) and undefined returned. */
function checked<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string; code: string }[] } } }, value: unknown, path: (string | number)[], report: Reporter | undefined): T | undefined {
  if (report?.sink.full) {
    report.sink.countItem();
    return undefined;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const at = [...path, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))];
    report?.sink.add({ path: formatPath(at), message: report.describe(at, issue.message, issue.code) });
  }
  return undefined;
}

function paragraph(value: unknown, path: (string | number)[], report: Reporter | undefined): CheckedParagraph | undefined {
  const whole = fastPart.paragraph(value) ?? checked(ParagraphSchema, value, path, report);
  if (whole || !isFields(value)) return whole;
  const known = id(value.id);
  return known === undefined ? undefined : { id: known, text: undefined };
}

function element(value: Fields): CheckedElement {
  return { id: id(value.id), evidence: Array.isArray(value.evidence) ? value.evidence.map(evidenceItem) : undefined };
}

function node(value: unknown, path: (string | number)[], report: Reporter | undefined): CheckedElement | undefined {
  const whole = fastPart.node(value) ?? checked(NodeSchema, value, path, report);
  return whole ?? (isFields(value) ? element(value) : undefined);
}

function edge(value: unknown, path: (string | number)[], report: Reporter | undefined): CheckedEdge | undefined {
  const whole = fastPart.edge(value) ?? checked(EdgeSchema, value, path, report);
  return whole ?? (isFields(value) ? { ...element(value), source: id(value.source), target: id(value.target) } : undefined);
}

/** A list within its limit, item by item; a list over its limit is the schema's one problem ("too long"), not read. */
function listOf<T>(value: unknown, max: number, path: (string | number)[], read: (item: unknown, path: (string | number)[]) => T): T[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  return value.map((item: unknown, i) => read(item, [...path, i]));
}

/** The lists readStoryParts checks item by item, so the caller runs StorySchema on the story without them. */
export const ITEMISED_LISTS = { paragraphs: LIMITS.paragraphs, nodes: LIMITS.nodes, edges: LIMITS.edges } as const;

/**
 * The parts of `input` (data that failed StorySchema) that the integrity checks can still judge, each where it stands.
 * With `report`, each paragraph, node and edge whose shape fails has its problems added to the sink.
 */
export function readStoryParts(input: unknown, report?: Reporter): StoryParts {
  const story: Fields = isFields(input) ? input : {};
  const article: Fields = isFields(story.article) ? story.article : {};
  const paragraphs = listOf(article.paragraphs, LIMITS.paragraphs, ['article', 'paragraphs'], (p, at) => paragraph(p, at, report));
  return {
    // No paragraphs at all is one fault (the schema's "needs at least one paragraph"), not one per quote.
    paragraphs: paragraphs?.length ? paragraphs : undefined,
    nodes: listOf(story.nodes, LIMITS.nodes, ['nodes'], (n, at) => node(n, at, report)),
    edges: listOf(story.edges, LIMITS.edges, ['edges'], (e, at) => edge(e, at, report)),
    steps: listOf(story.steps, 100, ['steps'], (step) => valid(StepSchema, step)),
  };
}
