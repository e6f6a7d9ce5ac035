import { parseDraftLazily } from '../../model/story/readValidStory';
import type { Story } from '../../model/story/types';
import type { DraftStore, DraftSummary } from './draftTypes';

/** A draft opened: its story, checked at the door; or set aside (kept, under a key of its own) with why; or gone. */
export type OpenedDraft = { ok: true; summary: DraftSummary; story: Story } | { ok: false; setAside: DraftSummary | null };

/**
 * Opens a draft. One that no longer passes the story format's checks (an older format, a limit broken) is never
 * dropped and never left where a later save would replace it: it is set aside, to download or repair.
 */
export async function openDraft(store: DraftStore, key: string): Promise<OpenedDraft> {
  const found = await store.read(key);
  if (!found) return { ok: false, setAside: null };
  if (found.summary.unreadable) return { ok: false, setAside: found.summary };
  const parsed = await parseDraftLazily(found.story);
  if (parsed.ok) return { ok: true, summary: found.summary, story: parsed.story };
  const { draftLimitProblem } = await import('../../model/studio/editLimits');
  const reason = draftLimitProblem(found.story) ?? 'it is not a story of this format';
  return { ok: false, setAside: await store.setAside(key, reason) };
}

/** The text to download for a draft: the story as stored, as JSON (a set-aside draft saved as text stays that text). */
export function draftFileText(story: unknown): string {
  return typeof story === 'string' ? story : JSON.stringify(story, null, 2);
}

/**
 * The story inside what a draft holds: drafts of earlier versions were saved as text of `{ story, savedAt, … }`;
 * anything else is the story itself.
 */
export function draftStoryData(stored: unknown): unknown {
  let data = stored;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return stored;
    }
  }
  if (typeof data === 'object' && data !== null && !('version' in data) && 'story' in data) return Reflect.get(data, 'story');
  return data;
}
