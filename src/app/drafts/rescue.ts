import { readSummary, type DraftStore, type DraftSummary } from './draftTypes';

/*
 * A page being closed or reloaded may not finish an IndexedDB write (the browser drops it with the page). So when
 * the page is hidden with a save pending, the save is also written synchronously to localStorage as a rescue copy,
 * removed once IndexedDB has it; the next page moves any rescue copy into the drafts store.
 */
const PREFIX = 'quotegraph:draft-rescue:';

/** Keeps `story` for `summary.key` in localStorage, with the revision its save expects; false if refused (full). */
export function writeRescue(summary: DraftSummary, story: unknown, expected: string | null): boolean {
  try {
    localStorage.setItem(PREFIX + summary.key, JSON.stringify({ summary, story, expected }));
    return true;
  } catch {
    return false;
  }
}

/** Drops the rescue copy of `key` once the save of `revision` is in IndexedDB (unless a later rescue replaced it). */
export function clearRescue(key: string, revision: string): void {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw && raw.includes(`"revision":"${revision}"`)) localStorage.removeItem(PREFIX + key);
  } catch {
    // storage refuses: the next page moves the copy, which is then already there
  }
}

export function hasRescue(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(PREFIX)) return true;
  } catch {
    // no storage: nothing rescued
  }
  return false;
}

/**
 * Moves rescue copies into the drafts store: over the draft when it is as the closed page last saw it, else (another
 * tab changed it since) as a draft of its own, so neither version is lost.
 */
export async function recoverRescues(store: DraftStore): Promise<void> {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
  } catch {
    return;
  }
  for (const rescueKey of keys) {
    let data: unknown;
    try {
      data = JSON.parse(localStorage.getItem(rescueKey) ?? 'null');
    } catch {
      data = null;
    }
    if (typeof data !== 'object' || data === null) continue;
    const summary = readSummary(rescueKey.slice(PREFIX.length), Reflect.get(data, 'summary'));
    const expectedValue: unknown = Reflect.get(data, 'expected');
    const expected = typeof expectedValue === 'string' ? expectedValue : null;
    const story: unknown = Reflect.get(data, 'story');
    const stored = await store.read(summary.key);
    let written = stored?.summary.revision === summary.revision;
    if (!written) {
      const result = await store.write(summary, story, expected);
      written = result.ok || (result.reason !== 'error' && (await store.write({ ...summary, key: `${summary.key}-rescued` }, story, 'any')).ok);
    }
    if (written) localStorage.removeItem(rescueKey);
  }
}
