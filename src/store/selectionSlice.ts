import type { StateCreator } from 'zustand';
import { selectionExists } from '../model/graph/neighbourhood';
import { sameSelection, type Selection } from '../model/selection/selection';
import type { ExplorerState } from './explorerState';

export interface SelectionSlice {
  /** The selected node or edge; every panel derives its content from this. */
  selection: Selection | null;
  /** A short message for the reader, e.g. a shared link naming something this story does not have. */
  notice: string | null;
  /**
   * Selects a node or edge (null clears). A reader's own selection ends any focus set unless `keepFocus` (the tour
   * selects inside its focus). Bringing it into view is the graph's job: GraphController.show.
   */
  select: (selection: Selection | null, options?: { keepFocus?: boolean }) => void;
  clearSelection: () => void;
  dismissNotice: () => void;
  showNotice: (notice: string) => void;
}

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  notice: null,
  select: (selection, options) => {
    if (selection && !selectionExists(get().index, selection)) {
      set({ notice: `This story has no ${selection.kind === 'node' ? 'node' : 'relation'} “${selection.id}”.` });
      return;
    }
    if (selection) get().revealSelection(selection);
    set((state) => ({
      selection: sameSelection(state.selection, selection) ? state.selection : selection,
      notice: null,
      // A new selection ends the "Show in article" highlight of the previous one.
      articleFocus: sameSelection(state.selection, selection) ? state.articleFocus : null,
      focusIds: options?.keepFocus ? state.focusIds : null,
    }));
  },
  clearSelection: () => set({ selection: null, articleFocus: null, focusIds: null }),
  dismissNotice: () => set({ notice: null }),
  showNotice: (notice) => set({ notice }),
});
