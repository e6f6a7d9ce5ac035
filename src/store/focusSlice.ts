import type { StateCreator } from 'zustand';
import type { ExplorerState } from './explorerState';

export interface FocusSlice {
  /** Node and edge ids highlighted as a set (a tour step, or a host page's `focus(ids)`); null when none. */
  focusIds: readonly string[] | null;
  /** Bumped to ask the graph to fit its view to the focus set (or to everything when there is none). */
  fitRequest: number;
  /** Bumped to ask the graph to show everything, keeping any highlight. */
  fitAllRequest: number;
  /**
   * Highlights a set of nodes and edges, with the relations among its nodes, and fits the view to it. It replaces
   * the selection (the drawer then lists the set); unknown ids are ignored, and a set with none known clears.
   */
  focus: (ids: readonly string[]) => void;
  clearFocus: () => void;
  /** Shows the whole graph (the embeds' fit()); a focus set stays highlighted. */
  requestFit: () => void;
}

export const createFocusSlice: StateCreator<ExplorerState, [], [], FocusSlice> = (set, get) => ({
  focusIds: null,
  fitRequest: 0,
  fitAllRequest: 0,
  focus: (ids) => {
    const { index } = get();
    const known = ids.filter((id) => index.nodes.has(id) || index.edges.has(id));
    set((state) => ({ focusIds: known.length > 0 ? known : null, selection: null, articleFocus: null, fitRequest: state.fitRequest + 1 }));
  },
  clearFocus: () => set({ focusIds: null }),
  requestFit: () => set((state) => ({ fitAllRequest: state.fitAllRequest + 1 })),
});
