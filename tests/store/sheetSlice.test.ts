import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../../src/model/graph/storyIndex';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { smallStory } from '../helpers/stories';

describe('the reading sheet of a narrow screen', () => {
  it('opens collapsed, with the details in front', () => {
    const { sheetPanel, sheetSize } = createExplorerStore(smallStory()).getState();
    expect({ sheetPanel, sheetSize }).toEqual({ sheetPanel: 'details', sheetSize: 'collapsed' });
  });

  it('pulls a collapsed sheet up to half when a panel is asked for, and leaves a taller one as it is', () => {
    const store = createExplorerStore(smallStory());
    store.getState().showPanel('article');
    expect(store.getState()).toMatchObject({ sheetPanel: 'article', sheetSize: 'half' });
    store.getState().resizeSheet(1);
    store.getState().showPanel('details');
    expect(store.getState()).toMatchObject({ sheetPanel: 'details', sheetSize: 'full' });
  });

  it('moves one size at a time and stops at either end', () => {
    const store = createExplorerStore(smallStory());
    const sizes = [1, 1, 1, -1, -1, -1].map((step) => {
      store.getState().resizeSheet(step as 1 | -1);
      return store.getState().sheetSize;
    });
    expect(sizes).toEqual(['half', 'full', 'full', 'half', 'collapsed', 'collapsed']);
  });

  it('"Show in article" brings the article to the front in the same update as the passage it scrolls to', () => {
    const story = smallStory();
    const store = createExplorerStore(story, { selection: { kind: 'node', id: 'ben' } });
    const evidence = buildStoryIndex(story).evidenceByOwner.get('node:ben')?.[0];
    if (!evidence) throw new Error('Ben has no quote in the fixture');
    const updates: { panel: string; focus: boolean }[] = [];
    store.subscribe((state) => updates.push({ panel: state.sheetPanel, focus: state.articleFocus !== null }));
    store.getState().showInArticle(evidence);
    expect(updates).toEqual([{ panel: 'article', focus: true }]);
    expect(store.getState().sheetSize).toBe('half');
  });
});
