import type { StateCreator } from 'zustand';
import type { ExplorerState } from './explorerState';

export interface FocusSlice {
  /** Node and edge ids highlighted as a set (a tour step, or a host page's `focus(ids)`); null when none. */
  focusIds: readonly string[] | null;
  /**
   * Highlights a set of nodes and edges, with the relations among its nodes. It replaces the selection (the drawer
   * then lists the set); unknown ids are ignored, and a set with none known clears. Fitting the view to it is the
   * graph's job (GraphController.focus).
   */
  focus: (ids: readonly string[]) => void;
  clearFocus: () => void;
}

export const createFocusSlice: StateCreator<ExplorerState, [], [], FocusSlice> = (set, get) => ({
  focusIds: null,
  focus: (ids) => {
    const { index } = get();
    const known = ids.filter((id) => index.nodes.has(id) || index.edges.has(id));
    set({ focusIds: known.length > 0 ? known : null, selection: null, articleFocus: null });
  },
  clearFocus: () => set({ focusIds: null }),
});
