import { newDraftKey, newRevision, readSummary, type DraftStore, type DraftSummary, type WriteResult } from './draftTypes';

/*
 * Drafts in IndexedDB: one database, two object stores under the same keys, `summaries` (small, for the list)
 * and `stories` (the story as saved). Both are written in one transaction, so they never disagree. A save
 * compares the stored revision with the one the tab expects in that same transaction (compare-and-set).
 */

const DB_NAME = 'quotegraph';
const SUMMARIES = 'draftSummaries';
const STORIES = 'draftStories';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Settles when the transaction commits, or rejects with why it did not. */
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(SUMMARIES);
      req.result.createObjectStore(STORIES);
    };
    req.onsuccess = () => {
      const db = req.result;
      // A newer version of the app in another tab needs the database: let it have it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
}

/** The drafts of this browser, in IndexedDB (`factory` is the browser's, or a fake in tests). */
export function idbDraftStore(factory: IDBFactory | undefined = globalThis.indexedDB, name: string = DB_NAME): DraftStore {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => {
    db ??= (factory ? openDatabase(factory, name) : Promise.reject(new Error('this browser has no IndexedDB'))).catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };

  return {
    async list() {
      const tx = (await database()).transaction(SUMMARIES, 'readonly');
      const store = tx.objectStore(SUMMARIES);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      const summaries = keys.map((key, i) => readSummary(String(key), values[i]));
      return summaries.sort((a, b) => b.savedAt - a.savedAt);
    },

    async read(key) {
      const tx = (await database()).transaction([SUMMARIES, STORIES], 'readonly');
      const [summary, story] = await Promise.all([request(tx.objectStore(SUMMARIES).get(key)), request<unknown>(tx.objectStore(STORIES).get(key))]);
      return summary === undefined ? null : { summary: readSummary(key, summary), story };
    },

    async write(summary, story, expected) {
      try {
        const tx = (await database()).transaction([SUMMARIES, STORIES], 'readwrite');
        const summaries = tx.objectStore(SUMMARIES);
        let result: WriteResult = { ok: true, summary };
        const stored: unknown = await request(summaries.get(summary.key));
        const theirs = stored === undefined ? null : readSummary(summary.key, stored);
        if (expected !== 'any' && theirs === null && expected !== null) result = { ok: false, reason: 'discarded' };
        else if (expected !== 'any' && theirs !== null && theirs.revision !== expected) result = { ok: false, reason: 'conflict', theirs };
        else {
          summaries.put(summary, summary.key);
          tx.objectStore(STORIES).put(story, summary.key);
        }
        await done(tx);
        return result;
      } catch (error) {
        return { ok: false, reason: 'error', message: message(error) };
      }
    },

    async remove(key) {
      const tx = (await database()).transaction([SUMMARIES, STORIES], 'readwrite');
      tx.objectStore(SUMMARIES).delete(key);
      tx.objectStore(STORIES).delete(key);
      await done(tx);
    },

    async setAside(key, reason) {
      const tx = (await database()).transaction([SUMMARIES, STORIES], 'readwrite');
      const summaries = tx.objectStore(SUMMARIES);
      const stories = tx.objectStore(STORIES);
      const [stored, story] = await Promise.all([request<unknown>(summaries.get(key)), request<unknown>(stories.get(key))]);
      if (stored === undefined) return null;
      const moved: DraftSummary = { ...readSummary(key, stored), key: `set-aside-${newDraftKey()}`, revision: newRevision(), unreadable: reason };
      summaries.delete(key);
      stories.delete(key);
      summaries.put(moved, moved.key);
      stories.put(story, moved.key);
      await done(tx);
      return moved;
    },
  };
}
