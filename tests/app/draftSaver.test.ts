// @vitest-environment jsdom
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraftSaver, type SaveStatus } from '../../src/app/drafts/draftSaver';
import type { DraftStore } from '../../src/app/drafts/draftTypes';
import { idbDraftStore } from '../../src/app/drafts/idbDraftStore';
import { openDraft } from '../../src/app/drafts/openDraft';
import { hasRescue, recoverRescues } from '../../src/app/drafts/rescue';
import { addNode } from '../../src/model/studio/storyEdits';
import { smallStory } from '../helpers/stories';

beforeEach(() => localStorage.clear());

function saverOn(store: DraftStore) {
  const statuses: SaveStatus[] = [];
  const saver = createDraftSaver(store, (status) => statuses.push(status));
  return { saver, statuses };
}

describe('saving the draft being edited', () => {
  it('writes a pending save when asked, and when the next story’s edits begin', async () => {
    const store = idbDraftStore(new IDBFactory());
    const { saver } = saverOn(store);
    saver.know('d-1', null);
    saver.setCurrent('d-1');
    const edited = addNode(smallStory(), { label: 'Carla', type: 'person' }).story;
    saver.schedule('d-1', edited, true);
    saver.know('d-2', null);
    saver.schedule('d-2', { ...smallStory(), id: 'second', title: 'Second' }, false);
    await saver.flush();
    const first = await openDraft(store, 'd-1');
    expect(first.ok && first.story.nodes.map((n) => n.id)).toContain('carla');
    expect((await store.list()).map((d) => d.title).sort()).toEqual(['A small test story', 'Second']);
  });

  it('pauses, without writing, when another tab saved the draft since; the curator’s choice writes', async () => {
    const store = idbDraftStore(new IDBFactory());
    const { saver, statuses } = saverOn(store);
    saver.setCurrent('d-1');
    saver.know('d-1', null);
    await saver.create('d-1', smallStory(), true);
    // Another tab writes over it.
    const theirs = await store.read('d-1');
    await store.write({ ...theirs!.summary, revision: 'theirs', title: 'Theirs' }, smallStory(), theirs!.summary.revision);
    saver.schedule('d-1', addNode(smallStory(), { label: 'Mine', type: 'person' }).story, true);
    await saver.flush();
    expect(statuses.at(-1)).toMatchObject({ kind: 'paused', why: 'conflict', theirs: { title: 'Theirs' } });
    expect(saver.isPaused('d-1')).toBe(true);
    saver.schedule('d-1', smallStory(), true);
    await saver.flush();
    expect((await store.read('d-1'))?.summary.title).toBe('Theirs');
    await saver.force('d-1', addNode(smallStory(), { label: 'Mine', type: 'person' }).story, true);
    expect(statuses.at(-1)).toMatchObject({ kind: 'saved' });
    expect(saver.isPaused('d-1')).toBe(false);
  });

  it('leaves a synchronous copy when the page is hidden, which the next page moves in if the write was lost', async () => {
    // A store whose writes never finish: the page closed before IndexedDB committed.
    const lost: DraftStore = { ...idbDraftStore(new IDBFactory()), write: () => new Promise(() => undefined) };
    const { saver } = saverOn(lost);
    saver.know('d-1', null);
    saver.schedule('d-1', addNode(smallStory(), { label: 'Carla', type: 'person' }).story, false);
    void saver.flushOnHide();
    expect(hasRescue()).toBe(true);

    const next = idbDraftStore(new IDBFactory());
    await recoverRescues(next);
    expect(hasRescue()).toBe(false);
    const opened = await openDraft(next, 'd-1');
    expect(opened.ok && opened.story.nodes.map((n) => n.id)).toContain('carla');
    expect(opened.ok && opened.summary.published).toBe(false);
  });
});
