import { describe, expect, it } from 'vitest';
import { loadEditCheck } from '../../src/model/studio/editCheck';
import { updateNode } from '../../src/model/studio/storyEdits';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { smallStory } from '../helpers/stories';

// One file, one module instance: the full check is not loaded until editing begins here.
describe('the studio’s full check, loaded when editing begins', () => {
  const names = Array.from({ length: 21 }, (_, i) => `Name ${i}`);

  it('keeps an edit the fast check is sure of without it, and refuses a doubtful one until it has loaded', async () => {
    const store = createExplorerStore(smallStory());
    expect(store.getState().applyEdit((s) => updateNode(s, 'ben', { label: 'Benjamin' }))).toBe(true);
    expect(store.getState().applyEdit((s) => updateNode(s, 'ben', { aliases: names }))).toBe(false);
    expect(store.getState().refusal).toBe('Not changed: the studio’s checks are still loading; try again in a moment.');
    store.getState().setEditing(true);
    await loadEditCheck();
    expect(store.getState().applyEdit((s) => updateNode(s, 'ben', { aliases: names }))).toBe(false);
    expect(store.getState().refusal).toBe('Not changed: Node “Benjamin”, other names: at most 20 items, not 21.');
  });
});
