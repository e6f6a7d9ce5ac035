import { parseDraft } from '../model/story/parseStory';
import type { Story } from '../model/story/types';

/** One draft per browser: the story being curated, kept in localStorage as the curator edits. */
const KEY = 'quotegraph:draft:v1';

/** A saved draft: the story, when it was saved, and which tab saved it (to notice a second tab). */
export interface SavedDraft {
  story: Story;
  savedAt: number;
  tab: string;
}

/** This tab's id, so a tab can tell its own saves from another tab's. */
export const TAB_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function saveDraft(story: Story, storage: Storage = localStorage): SavedDraft {
  const draft = { story, savedAt: Date.now(), tab: TAB_ID };
  storage.setItem(KEY, JSON.stringify(draft));
  return draft;
}

/** The saved draft, checked at the door like any story from outside; null when there is none or it is unreadable. */
export function loadDraft(storage: Storage = localStorage): SavedDraft | null {
  const raw = storage.getItem(KEY);
  if (!raw) return null;
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || !('story' in data)) return null;
    const parsed = parseDraft(data.story);
    const savedAt = 'savedAt' in data && typeof data.savedAt === 'number' ? data.savedAt : 0;
    const tab = 'tab' in data && typeof data.tab === 'string' ? data.tab : '';
    return parsed.ok ? { story: parsed.story, savedAt, tab } : null;
  } catch {
    return null;
  }
}

export function discardDraft(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}

/** Calls back when another tab saves or discards the draft (the storage event fires only in other tabs). */
export function onDraftChangedElsewhere(callback: (draft: SavedDraft | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === KEY) callback(loadDraft());
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
