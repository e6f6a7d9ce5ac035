/** What the drafts list shows of one draft, kept apart from the story so the list never reads whole stories. */
export interface DraftSummary {
  /** The draft's own key: one per draft, never reused, so no draft replaces another. */
  key: string;
  /** The story's id and title when it was saved. */
  storyId: string;
  title: string;
  savedAt: number;
  /** The tab that saved it, and a token that changes on every save (a save elsewhere shows as another revision). */
  tab: string;
  revision: string;
  /** False for a story started in the studio; edits to a published one need a note for readers. */
  published: boolean;
  /** Why it could not be opened, for a draft set aside: kept under its own key until the curator discards it. */
  unreadable?: string;
}

/** How a save went: written, or not because another tab saved or discarded this draft since this tab last did. */
export type WriteResult =
  | { ok: true; summary: DraftSummary }
  | { ok: false; reason: 'conflict'; theirs: DraftSummary }
  | { ok: false; reason: 'discarded' }
  | { ok: false; reason: 'error'; message: string };

/**
 * Where drafts are kept (IndexedDB in the app, see idbDraftStore). `expected` is the revision this tab believes
 * is stored under the key (null: none), so a save never silently replaces another tab's save or brings back a draft
 * another tab discarded; 'any' writes regardless (the curator chose to).
 */
export interface DraftStore {
  /** Every draft, the most recently saved first. */
  list(): Promise<DraftSummary[]>;
  /** The draft's summary and its story as stored (outside data: check it before use). */
  read(key: string): Promise<{ summary: DraftSummary; story: unknown } | null>;
  write(summary: DraftSummary, story: unknown, expected: string | null | 'any'): Promise<WriteResult>;
  remove(key: string): Promise<void>;
  /** Moves a draft that cannot be opened to a key of its own, marked with why, so no later save replaces it. */
  setAside(key: string, reason: string): Promise<DraftSummary | null>;
}

/** A key for a new draft: the time and a random part, unique across tabs. */
export function newDraftKey(now: number = Date.now()): string {
  return `d-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A token for one save. */
export function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** This tab's id, so a tab can tell its own saves from another tab's. */
export const TAB_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function field<T>(data: object, key: string, ok: (value: unknown) => value is T, fallback: T): T {
  const value: unknown = Reflect.get(data, key);
  return ok(value) ? value : fallback;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** A stored summary read at the door: whatever is missing or of the wrong type gets a harmless default. */
export function readSummary(key: string, data: unknown): DraftSummary {
  const o = typeof data === 'object' && data !== null ? data : {};
  const unreadable = field(o, 'unreadable', isString, '');
  return {
    key,
    storyId: field(o, 'storyId', isString, ''),
    title: field(o, 'title', isString, '(untitled)'),
    savedAt: field(o, 'savedAt', isNumber, 0),
    tab: field(o, 'tab', isString, ''),
    revision: field(o, 'revision', isString, ''),
    published: field(o, 'published', isBoolean, true),
    ...(unreadable ? { unreadable } : {}),
  };
}
