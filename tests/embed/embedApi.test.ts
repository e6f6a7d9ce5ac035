import { describe, expect, it, vi } from 'vitest';
import { graphFor } from '../../src/graph/useGraph';
import { embedApi } from '../../src/embed/embedApi';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { defaultStory } from '../helpers/stories';

describe('embedApi', () => {
  it('selects nodes and edges by bare id, ignoring unknown ids', () => {
    const store = createExplorerStore(defaultStory(), { layout: 'compact' });
    const api = embedApi(store);
    api.select('juche');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'juche' });
    api.select('xi-met-kim');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'xi-met-kim' });
    api.select('no-such-thing');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'xi-met-kim' });
    expect(store.getState().notice).toBeNull();
    api.clear();
    expect(store.getState().selection).toBeNull();
  });

  it('counts tour steps from 1, focuses sets and asks for a whole-graph fit', () => {
    const store = createExplorerStore(defaultStory());
    const api = embedApi(store);
    const fitAll = vi.spyOn(graphFor(store), 'fitAll');
    api.goToStep(1);
    expect(store.getState().step).toBe(0);
    api.focus(['juche', 'juche-from-ml']);
    expect(store.getState().focusIds).toEqual(['juche', 'juche-from-ml']);
    api.fit();
    expect(fitAll).toHaveBeenCalledTimes(1);
    expect(store.getState().focusIds).toEqual(['juche', 'juche-from-ml']);
  });
});
