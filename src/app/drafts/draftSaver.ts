import type { Story } from '../../model/story/types';
import { announceDraft } from './draftChannel';
import { newRevision, TAB_ID, type DraftStore, type DraftSummary } from './draftTypes';
import { clearRescue, writeRescue } from './rescue';

/** What the curator is told of the draft being edited. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: number }
  | { kind: 'paused'; why: 'conflict' | 'discarded'; theirs?: DraftSummary }
  | { kind: 'error'; message: string };

/** How long after the last edit the draft is written (a burst of edits is one write). */
export const SAVE_DELAY_MS = 300;

/** Expect the revision this tab last saw under the key. */
const KNOWN = Symbol('known');

interface Pending {
  key: string;
  story: Story;
  published: boolean;
}

/**
 * Saves this tab's draft: a short while after the last edit, or at once when asked (another story opens, the page
 * is hidden). Each save expects the revision this tab last saw under the key; when another tab has saved or
 * discarded that draft since, saving it stops (`paused`) until the curator chooses, instead of overwriting it or
 * bringing it back unasked.
 */
export function createDraftSaver(store: DraftStore, onStatus: (status: SaveStatus, key: string, current: boolean) => void) {
  /** The revision this tab believes is stored under each key it has opened or saved (null: none yet). */
  const known = new Map<string, string | null>();
  const paused = new Set<string>();
  /** The draft shown in this tab (null: none yet, a key is made on the first edit). */
  let current: string | null = null;
  let pending: Pending | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const report = (key: string, status: SaveStatus) => onStatus(status, key, key === current);

  const write = (job: Pending, expected: string | null | 'any' | typeof KNOWN, rescue = false) => {
    const summary: DraftSummary = {
      key: job.key,
      storyId: job.story.id,
      title: job.story.title,
      savedAt: Date.now(),
      tab: TAB_ID,
      revision: newRevision(),
      published: job.published,
    };
    const expectedNow = () => (expected === KNOWN ? (known.get(job.key) ?? null) : expected);
    // Synchronously, before the page can go: the write below may not outlive it.
    const rescued = rescue && expected === KNOWN && writeRescue(summary, job.story, known.get(job.key) ?? null);
    const run = queue.then(async () => {
      const result = await store.write(summary, job.story, expectedNow());
      if (rescued) clearRescue(job.key, summary.revision);
      if (result.ok) {
        known.set(job.key, summary.revision);
        paused.delete(job.key);
        announceDraft({ type: 'saved', key: job.key, revision: summary.revision });
        report(job.key, { kind: 'saved', at: summary.savedAt });
      } else if (result.reason === 'error') report(job.key, { kind: 'error', message: result.message });
      else {
        paused.add(job.key);
        report(job.key, result.reason === 'conflict' ? { kind: 'paused', why: 'conflict', theirs: result.theirs } : { kind: 'paused', why: 'discarded' });
      }
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  /** Writes what is pending; `rescue` also keeps a synchronous copy, for a page that is being hidden or closed. */
  const flush = async (rescue = false) => {
    clearTimeout(timer);
    const job = pending;
    pending = null;
    if (job && !paused.has(job.key)) await write(job, KNOWN, rescue);
  };

  return {
    current: () => current,
    setCurrent(key: string | null) {
      current = key;
    },
    /** This tab now holds `key` at `revision` (a draft it opened or created). */
    know(key: string, revision: string | null) {
      known.set(key, revision);
      paused.delete(key);
    },
    knows: (key: string) => known.has(key),
    /** The revision this tab last saw under `key`. */
    revision: (key: string) => known.get(key) ?? null,
    isPaused: (key: string) => paused.has(key),
    /** Another tab saved or discarded `key`: stop saving it here until the curator chooses. */
    pause(key: string, status: SaveStatus) {
      paused.add(key);
      if (pending?.key === key) pending = null;
      report(key, status);
    },
    /** The latest story of the draft under `key`, written after SAVE_DELAY_MS (a pending one of another key first). */
    schedule(key: string, story: Story, published: boolean) {
      if (paused.has(key)) return;
      if (pending && pending.key !== key) void flush();
      pending = { key, story, published };
      report(key, { kind: 'pending' });
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    /** Writes what is pending, now. */
    flush: () => flush(),
    /** Writes what is pending, now, with a synchronous rescue copy (the page is being hidden or closed). */
    flushOnHide: () => flush(true),
    /** Forgets what is pending for `key` (it is already stored). */
    cancel(key: string) {
      if (pending?.key !== key) return;
      clearTimeout(timer);
      pending = null;
    },
    /** Drops what is pending for `key`, and what this tab knew of it (the curator discards it). */
    drop(key: string) {
      if (pending?.key === key) {
        clearTimeout(timer);
        pending = null;
      }
      known.delete(key);
      paused.delete(key);
    },
    /** Writes `story` under `key` whatever is stored there now (the curator chose this tab's version). */
    force: (key: string, story: Story, published: boolean) => write({ key, story, published }, 'any'),
    /** Writes a new draft under a new key (expects none there). */
    create: (key: string, story: Story, published: boolean) => write({ key, story, published }, null),
  };
}

export type DraftSaver = ReturnType<typeof createDraftSaver>;
