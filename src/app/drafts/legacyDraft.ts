import { parseDraftLazily } from '../../model/story/readValidStory';
import { newRevision, type DraftStore, type DraftSummary } from './draftTypes';

/** Where the app kept its one draft before drafts moved to IndexedDB, and where it set an unreadable one aside. */
export const LEGACY_KEY = 'quotegraph:draft:v1';
export const LEGACY_SET_ASIDE_KEY = 'quotegraph:draft:v1:unreadable';

/** True when this browser still holds a draft in the old place (so opening must wait for it to move). */
export function hasLegacyDraft(storage: Storage = localStorage): boolean {
  try {
    return storage.getItem(LEGACY_KEY) !== null || storage.getItem(LEGACY_SET_ASIDE_KEY) !== null;
  } catch {
    return false;
  }
}

async function summaryOf(key: string, raw: string, now: number): Promise<{ summary: DraftSummary; story: unknown }> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const envelope = typeof data === 'object' && data !== null ? data : {};
  const story: unknown = Reflect.get(envelope, 'story');
  const savedAt: unknown = Reflect.get(envelope, 'savedAt');
  const parsed = await parseDraftLazily(story);
  const base = {
    key,
    savedAt: typeof savedAt === 'number' ? savedAt : now,
    tab: '',
    revision: newRevision(),
    published: Reflect.get(envelope, 'published') !== false,
  };
  if (parsed.ok) return { summary: { ...base, storyId: parsed.story.id, title: parsed.story.title }, story: parsed.story };
  const id: unknown = typeof story === 'object' && story !== null ? Reflect.get(story, 'id') : undefined;
  const title: unknown = typeof story === 'object' && story !== null ? Reflect.get(story, 'title') : undefined;
  const { draftLimitProblem } = await import('../../model/studio/editLimits');
  const reason = draftLimitProblem(story) ?? 'it is not a story of this format';
  return {
    // Kept as the exact text it was saved as: what the curator downloads is what the browser held.
    summary: { ...base, storyId: typeof id === 'string' ? id : '', title: typeof title === 'string' ? title : 'A draft saved by an earlier version', unreadable: reason },
    story: raw,
  };
}

/**
 * Moves the draft of earlier versions (one per browser, in localStorage) into the drafts store, once: the old copy is
 * removed only after the new one is written. Fixed keys, so two tabs moving it at once write the same thing.
 * Returns what it moved (those that cannot be opened are marked so, to be said).
 */
export async function migrateLegacyDraft(store: DraftStore, storage: Storage = localStorage, now: number = Date.now()): Promise<DraftSummary[]> {
  const moved: DraftSummary[] = [];
  for (const [legacyKey, key] of [
    [LEGACY_KEY, 'migrated-v1'],
    [LEGACY_SET_ASIDE_KEY, 'set-aside-migrated-v1'],
  ] as const) {
    const raw = storage.getItem(legacyKey);
    if (raw === null) continue;
    const { summary, story } = await summaryOf(key, raw, now);
    const written = await store.write(summary, story, 'any');
    if (!written.ok) continue;
    storage.removeItem(legacyKey);
    moved.push(summary);
  }
  return moved;
}
