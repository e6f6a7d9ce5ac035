import type { Story } from '../story/types';
import { draftGraphJson, type DraftGraph } from './draft';

/** A story without its graph: the article and the story's own fields, carried at graph level by GraphML and Cytoscape JSON. */
export type StoryFrame = Omit<Story, 'nodes' | 'edges'>;

/** The frame of a story, for writing. */
export function storyFrame(story: Story): StoryFrame {
  const frame: Partial<Story> = { ...story };
  delete frame.nodes;
  delete frame.edges;
  const { version, id, title, article } = story;
  return { ...frame, version, id, title, article };
}

/**
 * The one paragraph a story gets when the file it came from carried no article (CSV, GEXF, another tool's graph):
 * the story must have one, and every quote then needs adding, which `npm run validate` and the studio list.
 */
export const PLACEHOLDER_ARTICLE = {
  title: 'Article to be added',
  paragraphs: [{ id: 'p1', text: 'The article was not in the imported file. Replace this paragraph with its text, then add the quotes.' }],
};

/**
 * Reads a frame written by `storyFrame` (as JSON text): an object with an article holding a list of paragraphs. Its
 * fields are checked with the whole story later (parseDraft); a message when it is not a frame at all.
 */
export function readStoryFrame(text: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'The story data (article and title) is not JSON, so it was not kept.';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'The story data is not an object, so it was not kept.';
  const article: unknown = Reflect.get(value, 'article');
  const paragraphs: unknown = typeof article === 'object' && article !== null ? Reflect.get(article, 'paragraphs') : undefined;
  if (!Array.isArray(paragraphs)) return 'The story data has no article with paragraphs, so it was not kept.';
  return Object.fromEntries(Object.entries(value));
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && /\S/.test(value) ? value : undefined);

/**
 * A whole story (unchecked, for parseDraft) from an imported graph: its fields from the file's own frame, overridden
 * by `given` (`convert --article`), with a placeholder article when neither has one; the id and title fall back to
 * `fallbackId` (the input file's name).
 */
export function storyFromDraft(draft: DraftGraph, fallbackId: string, given?: Readonly<Record<string, unknown>>): unknown {
  const frame: Record<string, unknown> = { ...draft.frame, ...given };
  delete frame.nodes;
  delete frame.edges;
  const id = text(frame.id) ?? fallbackId;
  return { ...frame, version: 1, id, title: text(frame.title) ?? id, article: frame.article ?? PLACEHOLDER_ARTICLE, ...draftGraphJson(draft) };
}
