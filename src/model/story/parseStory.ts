import { checkIntegrity, checkParts } from './checkIntegrity';
import { formatPath } from './formatPath';
import { ProblemSink } from './problemSink';
import { ITEMISED_LISTS, readStoryParts } from './readStoryParts';
import { readStoryJson, readValidDraft, readValidStory } from './readValidStory';
import { StorySchema } from './storySchema';
import type { DraftParse, ParseResult } from './types';

/**
 * Checks unknown data (parsed JSON from a file, a URL or a message) once, at the door. This module loads zod (the
 * schema words the problems); code on a reader's first view calls parseStoryLazily (readValidStory.ts) instead.
 */
export function parseStory(input: unknown): ParseResult {
  const valid = readValidStory(input);
  if (valid) return valid;
  const shaped = checkShape(input);
  if (!shaped.ok) return shaped;
  const problems = checkIntegrity(shaped.story);
  return problems.length > 0 ? { ok: false, problems } : shaped;
}

/**
 * A draft in the studio: the shape must be right, but the checks that a finished story must pass (quotes that
 * anchor, evidence for everything, edge ends) are reported, not enforced, so work in progress can be kept.
 */
export function parseDraft(input: unknown): DraftParse {
  const valid = readValidDraft(input);
  if (valid) return valid;
  const shaped = checkShape(input);
  return shaped.ok ? { ...shaped, problems: checkIntegrity(shaped.story) } : shaped;
}

/**
 * The story's shape, checked against StorySchema, for what the fast check (readValidStory) was not sure of, so the
 * problems a curator reads are the schema's, worded as before. When the
 * shape fails, the parts that are fine are checked too, so one run lists every problem it can find (the first
 * thousand of them, and a count of the rest).
 */
function checkShape(input: unknown): ParseResult {
  const sink = new ProblemSink();
  // The long lists are checked item by item (readStoryParts); the schema sees the story without them.
  const top = StorySchema.safeParse(withoutLongLists(input));
  if (!top.success) {
    for (const issue of top.error.issues) sink.add({ path: formatPath(issue.path), message: describeIssue(issue.message, issue.code) });
  }
  const parts = readStoryParts(input, { sink, describe: (_path, message, code) => describeIssue(message, code) });
  if (sink.size === 0) {
    // Every part is fine after all (the fast check doubts some odd but valid objects): the schema returns the story.
    const parsed = StorySchema.safeParse(input);
    if (parsed.success) return { ok: true, story: parsed.data };
    sink.addAll(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue.message, issue.code) })));
  }
  checkParts(parts, sink);
  return { ok: false, problems: sink.problems() };
}

// One paragraph that is certainly fine, standing in for the real ones so "needs at least one paragraph" is judged on them.
const STAND_IN_PARAGRAPHS = [{ id: 'p', text: 'p' }];

/** A shallow copy of the story with its paragraphs, nodes and edges left out, where they are lists within their limits. */
function withoutLongLists(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const within = (value: unknown, max: number) => Array.isArray(value) && value.length <= max;
  const story: Record<string, unknown> = { ...input };
  if (within(story.nodes, ITEMISED_LISTS.nodes)) story.nodes = [];
  if (within(story.edges, ITEMISED_LISTS.edges)) story.edges = [];
  const article = story.article;
  if (typeof article === 'object' && article !== null && !Array.isArray(article)) {
    const paragraphs: unknown = Reflect.get(article, 'paragraphs');
    if (within(paragraphs, ITEMISED_LISTS.paragraphs) && Array.isArray(paragraphs) && paragraphs.length > 0) story.article = { ...article, paragraphs: STAND_IN_PARAGRAPHS };
  }
  return story;
}

/** Parses JSON text, turning a syntax error into a problem (with line and column) instead of an exception. */
export function parseStoryText(text: string): ParseResult {
  const json = readStoryJson(text);
  return json.ok ? parseStory(json.data) : json;
}

function describeIssue(message: string, code: string): string {
  // Zod's "Too big: expected string to have <=160 characters" in a curator's words.
  const limit = /^Too (big|small): expected (string|array) to have ([<>]=?)(\d+) (characters|items)/.exec(message);
  if (limit) {
    const [, size, kind, , n] = limit;
    const what = kind === 'string' ? `${Number(n).toLocaleString('en')} characters` : `${Number(n).toLocaleString('en')} items`;
    return size === 'big' ? `Is too long: at most ${what}.` : `Is too short: at least ${what}.`;
  }
  if (code === 'invalid_type' && message.endsWith('received undefined')) return 'Is required but missing.';
  if (code === 'unrecognized_keys') return `${message} (not part of story format version 1; check the spelling).`;
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return text.endsWith('.') ? text : `${text}.`;
}
