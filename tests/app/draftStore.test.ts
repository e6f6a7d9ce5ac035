import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { idbDraftStore } from '../../src/app/drafts/idbDraftStore';
import { LEGACY_KEY, LEGACY_SET_ASIDE_KEY, migrateLegacyDraft } from '../../src/app/drafts/legacyDraft';
import { draftFileText, openDraft } from '../../src/app/drafts/openDraft';
import type { DraftStore, DraftSummary } from '../../src/app/drafts/draftTypes';
import type { Story } from '../../src/model/story/types';
import { smallStory } from '../helpers/stories';

const fresh = () => idbDraftStore(new IDBFactory());

function summaryFor(story: Story, key: string, savedAt: number, revision: string): DraftSummary {
  return { key, storyId: story.id, title: story.title, savedAt, tab: 'this-tab', revision, published: false };
}

/** A localStorage stand-in; `refuse` makes removeItem throw, as a locked-down browser may. */
function memoryStorage(entries: Record<string, string> = {}): Storage & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    entries: map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

async function save(store: DraftStore, story: Story, key: string, savedAt: number, revision: string, expected: string | null | 'any' = null) {
  return store.write(summaryFor(story, key, savedAt, revision), story, expected);
}

describe('the drafts store (IndexedDB)', () => {
  it('keeps a draft per story: a second story’s draft does not replace the first; the list is newest first', async () => {
    const store = fresh();
    const first = smallStory();
    const second = { ...smallStory(), id: 'other', title: 'Another story' };
    expect((await save(store, first, 'd-1', 1000, 'r1')).ok).toBe(true);
    expect((await save(store, second, 'd-2', 2000, 'r2')).ok).toBe(true);
    expect((await store.list()).map((d) => [d.key, d.title])).toEqual([
      ['d-2', 'Another story'],
      ['d-1', 'A small test story'],
    ]);
    const opened = await openDraft(store, 'd-1');
    expect(opened.ok && opened.story).toEqual(first);
  });

  it('saves only over the revision this tab expects: another tab’s save is a conflict, a discard elsewhere is said', async () => {
    const store = fresh();
    const story = smallStory();
    await save(store, story, 'd-1', 1000, 'r1');
    // Another tab saved r2 over r1.
    await save(store, story, 'd-1', 2000, 'r2', 'r1');
    const stale = await save(store, story, 'd-1', 3000, 'r3', 'r1');
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', theirs: { revision: 'r2' } });
    // A new draft never lands on a key that exists.
    expect(await save(store, story, 'd-1', 3000, 'r3', null)).toMatchObject({ ok: false, reason: 'conflict' });
    // Discarded in another tab: saving it again here is not silent.
    await store.remove('d-1');
    expect(await save(store, story, 'd-1', 4000, 'r4', 'r2')).toEqual({ ok: false, reason: 'discarded' });
    expect(await store.list()).toEqual([]);
    // Unless the curator chooses to.
    expect((await save(store, story, 'd-1', 4000, 'r4', 'any')).ok).toBe(true);
  });

  it('sets a draft that no longer opens aside under a key of its own, whole, to download; later saves cannot replace it', async () => {
    const store = fresh();
    const story = smallStory();
    story.nodes[1]!.aliases = Array.from({ length: 21 }, (_, i) => `Name ${i}`);
    await store.write(summaryFor(story, 'd-1', 1000, 'r1'), story, null);
    const opened = await openDraft(store, 'd-1');
    expect(opened.ok).toBe(false);
    const setAside = !opened.ok ? opened.setAside : null;
    expect(setAside?.key).toMatch(/^set-aside-/);
    expect(setAside?.unreadable).toBe('Node “Ben”, other names: at most 20 items, not 21.');
    await save(store, smallStory(), 'd-1', 2000, 'r2', 'any');
    const kept = await store.read(setAside?.key ?? '');
    expect(kept?.story).toEqual(story);
    expect(JSON.parse(draftFileText(kept?.story))).toEqual(story);
    expect((await store.list()).map((d) => d.key).sort()).toEqual(['d-1', setAside?.key].sort());
  });

  it('reports a refused save instead of throwing', async () => {
    const store = fresh();
    // Functions cannot be stored (DataCloneError): as the browser refuses a save when storage is full.
    const result = await store.write(summaryFor(smallStory(), 'd-1', 1, 'r1'), { bad: () => undefined }, null);
    expect(result).toMatchObject({ ok: false, reason: 'error' });
  });
});

describe('moving the one draft of earlier versions (localStorage) into the drafts store', () => {
  it('moves a readable draft and a set-aside one, once, removing the old copies only after they are written', async () => {
    const store = fresh();
    const story = smallStory();
    const unreadable = JSON.stringify({ story: { version: 2, id: 'future', title: 'From a later version' } });
    const storage = memoryStorage({ [LEGACY_KEY]: JSON.stringify({ story, savedAt: 1234, tab: 'x', published: false }), [LEGACY_SET_ASIDE_KEY]: unreadable });
    await migrateLegacyDraft(store, storage);
    expect(storage.entries.size).toBe(0);
    const list = await store.list();
    expect(list.map((d) => [d.key, d.title, d.published, Boolean(d.unreadable)])).toEqual(
      expect.arrayContaining([
        ['migrated-v1', 'A small test story', false, false],
        ['set-aside-migrated-v1', 'From a later version', true, true],
      ]),
    );
    expect(list.find((d) => d.key === 'migrated-v1')?.savedAt).toBe(1234);
    expect((await store.read('set-aside-migrated-v1'))?.story).toBe(unreadable);
    await migrateLegacyDraft(store, storage);
    expect(await store.list()).toHaveLength(2);
  });

  it('leaves the old copy where it is when the new store refuses it', async () => {
    const refusing: DraftStore = { ...fresh(), write: async () => ({ ok: false, reason: 'error', message: 'QuotaExceededError' }) };
    const storage = memoryStorage({ [LEGACY_KEY]: JSON.stringify({ story: smallStory() }) });
    await migrateLegacyDraft(refusing, storage);
    expect(storage.getItem(LEGACY_KEY)).not.toBeNull();
  });
});
