import { describe, expect, it, vi } from 'vitest';
import { graphFor } from '../../src/graph/useGraph';
import { brightSet } from '../../src/model/graph/neighbourhood';
import { buildStoryIndex } from '../../src/model/graph/storyIndex';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { smallStory } from '../helpers/stories';

describe('explorer store', () => {
  it('selects a node and clears it', () => {
    const store = createExplorerStore(smallStory());
    store.getState().select({ kind: 'node', id: 'anna' });
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'anna' });
    store.getState().clearSelection();
    expect(store.getState().selection).toBeNull();
  });

  it('keeps the selection and shows a notice for an unknown id', () => {
    const store = createExplorerStore(smallStory());
    store.getState().select({ kind: 'node', id: 'anna' });
    store.getState().select({ kind: 'edge', id: 'no-such-edge' });
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'anna' });
    expect(store.getState().notice).toBe('This story has no relation “no-such-edge”.');
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('opens with an initial selection, or a notice when the link names nothing', () => {
    expect(createExplorerStore(smallStory(), { selection: { kind: 'edge', id: 'anna-met-ben' } }).getState().selection).toEqual({
      kind: 'edge',
      id: 'anna-met-ben',
    });
    const stale = createExplorerStore(smallStory(), { selection: { kind: 'node', id: 'carla' } }).getState();
    expect(stale.selection).toBeNull();
    expect(stale.notice).toMatch(/no node “carla”/);
  });

  it('asks the graph to centre only when told to', () => {
    const store = createExplorerStore(smallStory());
    // A view command goes to the explorer's graph controller, not through the store.
    const centre = vi.spyOn(graphFor(store), 'centre');
    store.getState().select({ kind: 'node', id: 'anna' });
    expect(centre).toHaveBeenCalledTimes(0);
    graphFor(store).show({ kind: 'node', id: 'ben' });
    expect(centre).toHaveBeenCalledTimes(1);
  });

  it('hides a type, dropping a selection that disappears with it, and reveals it when selected again', () => {
    const store = createExplorerStore(smallStory());
    store.getState().select({ kind: 'node', id: 'northland' });
    store.getState().toggleType('nation');
    expect(store.getState().hiddenTypes).toEqual(['nation']);
    expect(store.getState().selection).toBeNull();
    store.getState().select({ kind: 'edge', id: 'ben-leads-northland' });
    expect(store.getState().hiddenTypes).toEqual([]);
    store.getState().toggleType('summit');
    store.getState().showAllTypes();
    expect(store.getState().hiddenTypes).toEqual([]);
  });

  it('gives each explorer its own state', () => {
    const a = createExplorerStore(smallStory());
    const b = createExplorerStore(smallStory());
    a.getState().select({ kind: 'node', id: 'anna' });
    a.getState().setView('list');
    expect(b.getState().selection).toBeNull();
    expect(b.getState().view).toBe('graph');
  });

  it('counts repeated requests to show the same passage', () => {
    const store = createExplorerStore(smallStory());
    const [evidence] = store.getState().index.evidenceByOwner.get('node:anna') ?? [];
    if (!evidence) throw new Error('no evidence');
    store.getState().showInArticle(evidence);
    store.getState().showInArticle(evidence);
    expect(store.getState().articleFocus).toEqual({ paragraphId: evidence.paragraphId, range: { start: evidence.start, end: evidence.end }, request: 2 });
  });
});

describe('article focus', () => {
  it('ends when the selection changes or is cleared, but not when the same thing is selected again', () => {
    const store = createExplorerStore(smallStory());
    const [evidence] = store.getState().index.evidenceByOwner.get('node:anna') ?? [];
    if (!evidence) throw new Error('no evidence');
    store.getState().select({ kind: 'node', id: 'anna' });
    store.getState().showInArticle(evidence);
    store.getState().select({ kind: 'node', id: 'anna' });
    expect(store.getState().articleFocus).not.toBeNull();
    store.getState().select({ kind: 'node', id: 'ben' });
    expect(store.getState().articleFocus).toBeNull();
    store.getState().showInArticle(evidence);
    store.getState().clearSelection();
    expect(store.getState().articleFocus).toBeNull();
  });
});

describe('guided tour', () => {
  const withSteps = () => {
    const story = smallStory();
    story.steps = [
      { title: 'Meet', text: 'Anna meets Ben.', focus: ['anna-met-ben'], select: 'anna-met-ben', paragraph: 'p1' },
      { title: 'Lead', text: 'Ben leads Northland.', focus: ['ben', 'northland'], select: 'northland', paragraph: 'p2' },
    ];
    return story;
  };

  it('shows a step: focuses its set, selects its element and scrolls the article to its paragraph', () => {
    const store = createExplorerStore(withSteps());
    store.getState().goToStep(1);
    const state = store.getState();
    expect(state.step).toBe(1);
    expect(state.focusIds).toEqual(['ben', 'northland']);
    expect(state.selection).toEqual({ kind: 'node', id: 'northland' });
    expect(state.articleFocus).toMatchObject({ paragraphId: 'p2', range: null });
  });

  it('steps forward and back within bounds, and ends', () => {
    const store = createExplorerStore(withSteps());
    store.getState().nextStep();
    expect(store.getState().step).toBe(0);
    store.getState().nextStep();
    store.getState().nextStep();
    expect(store.getState().step).toBe(1);
    store.getState().previousStep();
    store.getState().previousStep();
    expect(store.getState().step).toBe(0);
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'anna-met-ben' });
    store.getState().endTour();
    expect(store.getState().step).toBeNull();
    expect(store.getState().focusIds).toBeNull();
  });

  it('opens at a step from a link, clamping an out-of-range step', () => {
    expect(createExplorerStore(withSteps(), { step: 7 }).getState().step).toBe(1);
    expect(createExplorerStore(smallStory(), { step: 1 }).getState().step).toBeNull();
  });

  it('a reader’s own selection ends the focus set, but keeps the tour open', () => {
    const store = createExplorerStore(withSteps());
    store.getState().goToStep(0);
    store.getState().select({ kind: 'node', id: 'talks' });
    expect(store.getState().focusIds).toBeNull();
    expect(store.getState().step).toBe(0);
  });
});

describe('focus', () => {
  it('keeps known ids, asks for a fit, and clears with the selection', () => {
    const store = createExplorerStore(smallStory());
    const fit = vi.spyOn(graphFor(store), 'fit');
    graphFor(store).focus(['anna', 'nobody', 'ben-leads-northland']);
    expect(store.getState().focusIds).toEqual(['anna', 'ben-leads-northland']);
    expect(fit).toHaveBeenCalledTimes(1);
    store.getState().focus(['nobody']);
    expect(store.getState().focusIds).toBeNull();
    store.getState().focus(['anna']);
    store.getState().clearSelection();
    expect(store.getState().focusIds).toBeNull();
  });

  it('replaces the selection, so the drawer no longer shows what was selected before', () => {
    const store = createExplorerStore(smallStory(), { selection: { kind: 'node', id: 'ben' } });
    store.getState().showParagraph('p2');
    store.getState().focus(['anna', 'northland']);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().articleFocus).toBeNull();
    expect(store.getState().focusIds).toEqual(['anna', 'northland']);
  });
});

describe('brightSet', () => {
  it('lights the relations among focused nodes without their ids being passed', () => {
    const index = buildStoryIndex(smallStory());
    // Anna, Ben and the talks: Anna–Ben is bright; Ben–Northland is not (Northland is not in the set).
    expect(brightSet(index, null, ['anna', 'ben', 'talks'])).toEqual({ nodes: new Set(['anna', 'ben', 'talks']), edges: new Set(['anna-met-ben']) });
    // A relation in the set brings its two ends.
    expect(brightSet(index, null, ['ben-leads-northland'])).toEqual({ nodes: new Set(['ben', 'northland']), edges: new Set(['ben-leads-northland']) });
  });
});

describe('studio history', () => {
  it('undoes and redoes edits, rebuilding the index and dropping a selection that went away', async () => {
    const { addNode, removeNode } = await import('../../src/model/studio/storyEdits');
    const store = createExplorerStore(smallStory());
    store.getState().applyEdit((s) => addNode(s, { label: 'Carla', type: 'person' }).story);
    expect(store.getState().index.nodes.has('carla')).toBe(true);
    store.getState().select({ kind: 'node', id: 'carla' });
    store.getState().undo();
    expect(store.getState().index.nodes.has('carla')).toBe(false);
    expect(store.getState().selection).toBeNull();
    store.getState().redo();
    expect(store.getState().story.nodes.map((n) => n.id)).toContain('carla');
    store.getState().applyEdit((s) => removeNode(s, 'ben'));
    expect(store.getState().future).toEqual([]);
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().story.nodes.map((n) => n.id)).toEqual(['anna', 'ben', 'northland', 'talks']);
  });

  it('refuses an edit that would make a draft the story format cannot open again, and says why', async () => {
    const { updateNode } = await import('../../src/model/studio/storyEdits');
    // The studio loads its full check when editing begins (setEditing); this store is edited directly.
    await (await import('../../src/model/studio/editCheck')).loadEditCheck();
    const store = createExplorerStore(smallStory());
    const before = store.getState().story;
    const names = Array.from({ length: 21 }, (_, i) => `Name ${i}`);
    expect(store.getState().applyEdit((s) => updateNode(s, 'ben', { aliases: names }))).toBe(false);
    expect(store.getState().story).toBe(before);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().refusal).toBe('Not changed: Node “Ben”, other names: at most 20 items, not 21.');
    expect(store.getState().applyEdit((s) => updateNode(s, 'ben', { aliases: names.slice(0, 20) }))).toBe(true);
    expect(store.getState().refusal).toBeNull();
    expect(store.getState().story.nodes[1]?.aliases).toHaveLength(20);
  });
});
