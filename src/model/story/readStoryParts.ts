import type { CheckedEdge, CheckedElement, CheckedParagraph, StoryParts } from './checkIntegrity';
import { fastPart } from './fastStoryCheck';
import { EdgeSchema, EvidenceSchema, NodeSchema, ParagraphSchema, StepSchema } from './storySchema';
import type { Evidence } from './types';

/*
 * A story that fails the schema as a whole still has parts that are fine, and the integrity checks can judge those
 * (quotes that must anchor, edge ends, duplicate ids) in the same run. This reads every part on its own: whole
 * when its shape is fine, else the fields the checks need, each only if that field's own shape is fine. Each part
 * goes through the fast reader first and the part's schema only when that is not sure, so a large story with one
 * fault costs about one more fast pass, not a second run of the schema.
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

function paragraph(value: unknown): CheckedParagraph | undefined {
  const whole = fastPart.paragraph(value) ?? valid(ParagraphSchema, value);
  if (whole || !isFields(value)) return whole;
  const known = id(value.id);
  return known === undefined ? undefined : { id: known, text: undefined };
}

function element(value: Fields): CheckedElement {
  return { id: id(value.id), evidence: Array.isArray(value.evidence) ? value.evidence.map(evidenceItem) : undefined };
}

function node(value: unknown): CheckedElement | undefined {
  const whole = fastPart.node(value) ?? valid(NodeSchema, value);
  return whole ?? (isFields(value) ? element(value) : undefined);
}

function edge(value: unknown): CheckedEdge | undefined {
  const whole = fastPart.edge(value) ?? valid(EdgeSchema, value);
  return whole ?? (isFields(value) ? { ...element(value), source: id(value.source), target: id(value.target) } : undefined);
}

function listOf<T>(value: unknown, read: (item: unknown) => T): T[] | undefined {
  return Array.isArray(value) ? value.map(read) : undefined;
}

/** The parts of `input` (data that failed StorySchema) that the integrity checks can still judge, each where it stands. */
export function readStoryParts(input: unknown): StoryParts {
  const story: Fields = isFields(input) ? input : {};
  const article: Fields = isFields(story.article) ? story.article : {};
  const paragraphs = listOf(article.paragraphs, paragraph);
  return {
    // No paragraphs at all is one fault (the schema's "needs at least one paragraph"), not one per quote.
    paragraphs: paragraphs?.length ? paragraphs : undefined,
    nodes: listOf(story.nodes, node),
    edges: listOf(story.edges, edge),
    steps: listOf(story.steps, (step) => valid(StepSchema, step)),
  };
}
