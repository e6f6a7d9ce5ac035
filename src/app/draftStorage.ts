import { parseDraft } from '../model/story/parseStory';
import type { Story } from '../model/story/types';

/** One draft per browser: the story being curated, kept in localStorage as the curator edits. */
const KEY = 'quotegraph:draft:v1';
/** Where a draft that can no longer be read is set aside (never silently overwritten). */
const SET_ASIDE_KEY = 'quotegraph:draft:v1:unreadable';

/** A saved draft: the story, when and by which tab it was saved, and whether readers may have seen it. */
export interface SavedDraft {
  story: Story;
  savedAt: number;
  tab: string;
  /** False for a story started in the studio; edits to a published one need a note for readers. */
  published: boolean;
}

/** This tab's id, so a tab can tell its own saves from another tab's. */
export const TAB_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Saves the draft; says why not when the browser refuses (storage full or disabled) instead of throwing. */
export function saveDraft(story: Story, published: boolean, storage: Storage = localStorage): { ok: true; draft: SavedDraft } | { ok: false; reason: string } {
  const draft = { story, savedAt: Date.now(), tab: TAB_ID, published };
  try {
    storage.setItem(KEY, JSON.stringify(draft));
    return { ok: true, draft };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The saved draft, checked at the door like any story from outside. A draft that exists but cannot be read
 * (an older format, a limit broken) is set aside under its own key and reported, so nothing is lost.
 */
export function loadDraft(storage: Storage = localStorage): { draft: SavedDraft | null; setAside: boolean } {
  const raw = storage.getItem(KEY);
  if (!raw) return { draft: null, setAside: false };
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data === 'object' && data !== null && 'story' in data) {
      const parsed = parseDraft(data.story);
      if (parsed.ok) {
        const savedAt = 'savedAt' in data && typeof data.savedAt === 'number' ? data.savedAt : 0;
        const tab = 'tab' in data && typeof data.tab === 'string' ? data.tab : '';
        const published = !('published' in data) || data.published !== false;
        return { draft: { story: parsed.story, savedAt, tab, published }, setAside: false };
      }
    }
  } catch {
    // unreadable JSON: set aside below
  }
  try {
    storage.setItem(SET_ASIDE_KEY, raw);
    storage.removeItem(KEY);
  } catch {
    // storage refuses: leave the draft where it is
  }
  return { draft: null, setAside: true };
}

export function discardDraft(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}

/** Calls back when another tab saves or discards the draft (the storage event fires only in other tabs). */
export function onDraftChangedElsewhere(callback: (draft: SavedDraft | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === KEY) callback(loadDraft().draft);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
