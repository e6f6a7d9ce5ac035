import { anchorQuote } from '../anchoring/anchorQuote';
import { parseDraft } from '../story/parseStory';
import { LIMITS } from '../story/storyLimits';
import { StorySchema } from '../story/storySchema';
import type { Story } from '../story/types';
import { splitLongText } from './articleFromText';
import { pathSubject, valueAt } from './editLimits';

/*
 * A draft set aside because it breaks the story format's limits (saved before the studio kept them) can be opened
 * again as a repaired copy: paragraphs that are too long are split (quotes follow their words), and what is over a
 * limit is cut, each change listed. The draft as it was is kept apart; this never changes it.
 */

const count = (n: number) => n.toLocaleString('en');
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Evidence items anywhere in the story that quote paragraph `id`. */
function evidenceQuoting(root: object, id: string): object[] {
  const items: object[] = [];
  for (const list of ['nodes', 'edges']) {
    const elements = valueAt(root, [list]);
    if (!Array.isArray(elements)) continue;
    for (const element of elements) {
      const evidence = valueAt(element, ['evidence']);
      if (Array.isArray(evidence)) items.push(...evidence.filter((e): e is object => isObject(e) && Reflect.get(e, 'paragraph') === id));
    }
  }
  return items;
}

/** The text pieces' paragraph ids: the first keeps its id, the others get `<id>-2`, `<id>-3`, … not already taken. */
function pieceIds(id: string, pieces: number, taken: Set<string>): string[] {
  const ids = [id];
  for (let n = 2; ids.length < pieces; n++) if (!taken.has(`${id}-${n}`)) ids.push(`${id}-${n}`);
  ids.forEach((i) => taken.add(i));
  return ids;
}

function splitParagraphs(root: object, changes: string[]): void {
  const article = valueAt(root, ['article']);
  const paragraphs = valueAt(article, ['paragraphs']);
  if (!isObject(article) || !Array.isArray(paragraphs)) return;
  const taken = new Set(paragraphs.map((p) => valueAt(p, ['id'])).filter((id): id is string => typeof id === 'string'));
  const out: unknown[] = [];
  paragraphs.forEach((paragraph, i) => {
    const id = valueAt(paragraph, ['id']);
    const text = valueAt(paragraph, ['text']);
    if (typeof id !== 'string' || typeof text !== 'string' || text.length <= LIMITS.paragraphText) return void out.push(paragraph);
    const pieces = splitLongText(text);
    const ids = pieceIds(id, pieces.length, taken);
    pieces.forEach((piece, n) => out.push({ id: ids[n], text: piece }));
    for (const item of evidenceQuoting(root, id)) {
      const exact = Reflect.get(item, 'quote');
      const prefix: unknown = Reflect.get(item, 'prefix');
      const suffix: unknown = Reflect.get(item, 'suffix');
      if (typeof exact !== 'string') continue;
      const quote = { exact, ...(typeof prefix === 'string' ? { prefix } : {}), ...(typeof suffix === 'string' ? { suffix } : {}) };
      const at = pieces.findIndex((piece) => anchorQuote(piece, quote).ok);
      if (at > 0) Reflect.set(item, 'paragraph', ids[at]);
    }
    changes.push(`Paragraph ${i + 1} had ${count(text.length)} characters: split into ${pieces.length} paragraphs, its quotes moved with their words.`);
  });
  Reflect.set(article, 'paragraphs', out);
}

/** Cuts what the schema says is too long or has too many items; false when something else is wrong. */
function cutToLimits(root: object, changes: string[]): boolean {
  const parsed = StorySchema.safeParse(root);
  if (parsed.success) return true;
  for (const issue of parsed.error.issues) {
    const key = issue.path.at(-1);
    const parent = valueAt(root, issue.path.slice(0, -1));
    const value = key === undefined ? undefined : valueAt(root, issue.path);
    // Inside a list already cut short: gone with it.
    if (key !== undefined && value === undefined && isObject(parent)) continue;
    if (issue.code !== 'too_big' || typeof issue.maximum !== 'number' || key === undefined || !isObject(parent)) return false;
    const max = issue.maximum;
    const what = pathSubject(root, issue.path);
    if (typeof value === 'string') {
      Reflect.set(parent, key, value.slice(0, max));
      changes.push(`${what}: cut from ${count(value.length)} to ${count(max)} characters.`);
    } else if (Array.isArray(value)) {
      Reflect.set(parent, key, value.slice(0, max));
      changes.push(`${what}: kept the first ${count(max)} of ${count(value.length)}.`);
    } else return false;
  }
  return true;
}

/**
 * A repaired copy of draft data that failed to open only because of the format's limits, and what was changed;
 * null when it fails for another reason (another format, not a story at all): such a draft can only be downloaded.
 */
export function repairDraft(data: unknown): { story: Story; changes: string[] } | null {
  let root: unknown;
  try {
    root = structuredClone(data);
  } catch {
    return null;
  }
  if (!isObject(root)) return null;
  const changes: string[] = [];
  splitParagraphs(root, changes);
  if (!cutToLimits(root, changes)) return null;
  const parsed = parseDraft(root);
  return parsed.ok ? { story: parsed.story, changes } : null;
}
