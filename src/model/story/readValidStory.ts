import { checkIntegrity } from './checkIntegrity';
import { fastStoryCheck } from './fastStoryCheck';
import { jsonSyntaxMessage } from './jsonSyntaxMessage';
import type { DraftParse, ParseResult, Problem, Story } from './types';

/*
 * The door for stories without zod. A valid story (nearly every story a reader opens) is read by the fast check and the
 * integrity checks alone, none of which import zod; only a story whose shape the fast check doubts needs the schema,
 * whose messages are the ones a curator reads, and the *Lazily functions load it (parseStory.ts, and zod with it) then.
 * So the explorer and the embeds open a valid story without ever downloading zod.
 */

/** The story (or its integrity problems) when its shape is certainly valid; undefined when only the schema can say. */
export function readValidStory(input: unknown): ParseResult | undefined {
  const story = fastStoryCheck(input);
  if (!story) return undefined;
  const problems = checkIntegrity(story);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, story };
}

/** As parseDraft, when the shape is certainly valid: the story with the problems it still has; else undefined. */
export function readValidDraft(input: unknown): { ok: true; story: Story; problems: Problem[] } | undefined {
  const story = fastStoryCheck(input);
  return story ? { ok: true, story, problems: checkIntegrity(story) } : undefined;
}

/** JSON text to data, dropping a byte order mark; a syntax error is a problem (with line and column), not an exception. */
export function readStoryJson(text: string): { ok: true; data: unknown } | { ok: false; problems: Problem[] } {
  // A byte order mark, as some Windows editors write: the browser's file and fetch readers drop it, and so does this.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, data: JSON.parse(json) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(the whole file)', message: jsonSyntaxMessage(json, detail) }] };
  }
}

/** parseStory, loading the schema only for a story the fast check doubts. */
export async function parseStoryLazily(input: unknown): Promise<ParseResult> {
  return readValidStory(input) ?? (await import('./parseStory')).parseStory(input);
}

/** parseDraft, loading the schema only for a draft the fast check doubts. */
export async function parseDraftLazily(input: unknown): Promise<DraftParse> {
  return readValidDraft(input) ?? (await import('./parseStory')).parseDraft(input);
}

/** parseStoryText, loading the schema only for a story the fast check doubts. */
export async function parseStoryTextLazily(text: string): Promise<ParseResult> {
  const json = readStoryJson(text);
  return json.ok ? parseStoryLazily(json.data) : json;
}
