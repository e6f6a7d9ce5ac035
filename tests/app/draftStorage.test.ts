// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { discardDraft, loadDraft, saveDraft, TAB_ID } from '../../src/app/draftStorage';
import { smallStory } from '../helpers/stories';

describe('draft storage', () => {
  it('saves, restores (checked at the door) and discards the draft', () => {
    const story = smallStory();
    const saved = saveDraft(story);
    expect(saved.tab).toBe(TAB_ID);
    expect(loadDraft()?.story).toEqual(story);
    discardDraft();
    expect(loadDraft()).toBeNull();
  });

  it('keeps a work-in-progress draft whose quotes are missing, but refuses a malformed one', () => {
    const story = smallStory();
    story.nodes[0]!.evidence = [];
    saveDraft(story);
    expect(loadDraft()?.story.nodes[0]?.evidence).toEqual([]);
    localStorage.setItem('quotegraph:draft:v1', JSON.stringify({ story: { version: 2 } }));
    expect(loadDraft()).toBeNull();
    localStorage.setItem('quotegraph:draft:v1', '{not json');
    expect(loadDraft()).toBeNull();
  });
});
