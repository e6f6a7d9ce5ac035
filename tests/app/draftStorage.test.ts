// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { discardDraft, loadDraft, saveDraft, TAB_ID } from '../../src/app/draftStorage';
import { smallStory } from '../helpers/stories';

describe('draft storage', () => {
  it('saves, restores (checked at the door) and discards the draft', () => {
    const story = smallStory();
    const saved = saveDraft(story, false);
    expect(saved.ok && saved.draft.tab).toBe(TAB_ID);
    expect(loadDraft().draft).toMatchObject({ story, published: false });
    discardDraft();
    expect(loadDraft()).toEqual({ draft: null, setAside: false });
  });

  it('keeps a work-in-progress draft whose quotes are missing', () => {
    const story = smallStory();
    story.nodes[0]!.evidence = [];
    saveDraft(story, true);
    expect(loadDraft().draft?.story.nodes[0]?.evidence).toEqual([]);
  });

  it('sets an unreadable draft aside instead of losing it', () => {
    const unreadable = JSON.stringify({ story: { version: 2 } });
    localStorage.setItem('quotegraph:draft:v1', unreadable);
    expect(loadDraft()).toEqual({ draft: null, setAside: true });
    expect(localStorage.getItem('quotegraph:draft:v1:unreadable')).toBe(unreadable);
  });

  it('reports a refused save instead of throwing', () => {
    const full = { setItem: () => { throw new Error('QuotaExceededError'); } } as unknown as Storage;
    expect(saveDraft(smallStory(), true, full)).toEqual({ ok: false, reason: 'QuotaExceededError' });
  });
});
