import type { StateCreator } from 'zustand';
import type { Selection } from '../model/selection/selection';
import type { ExplorerState } from './explorerState';

export interface FilterSlice {
  /** Node types the reader has switched off in the legend; their nodes (and edges touching them) are hidden. */
  hiddenTypes: readonly string[];
  toggleType: (type: string) => void;
  showAllTypes: () => void;
  /** Makes sure a selection is visible, switching its types back on if the legend hid them. */
  revealSelection: (selection: Selection) => void;
}

export const createFilterSlice: StateCreator<ExplorerState, [], [], FilterSlice> = (set, get) => ({
  hiddenTypes: [],
  toggleType: (type) =>
    set((state) => {
      const hidden = state.hiddenTypes.includes(type);
      const hiddenTypes = hidden ? state.hiddenTypes.filter((t) => t !== type) : [...state.hiddenTypes, type];
      return { hiddenTypes, selection: hidden ? state.selection : selectionIfVisible(state, hiddenTypes) };
    }),
  showAllTypes: () => set({ hiddenTypes: [] }),
  revealSelection: (selection) => {
    const { index, hiddenTypes } = get();
    const needed = typesOf(index, selection);
    if (needed.some((t) => hiddenTypes.includes(t))) set({ hiddenTypes: hiddenTypes.filter((t) => !needed.includes(t)) });
  },
});

function typesOf(index: ExplorerState['index'], selection: Selection): string[] {
  if (selection.kind === 'node') return [index.nodes.get(selection.id)?.type ?? ''];
  const edge = index.edges.get(selection.id);
  return edge ? [index.nodes.get(edge.source)?.type ?? '', index.nodes.get(edge.target)?.type ?? ''] : [];
}

/** Hiding a type drops the selection when the selected thing disappears with it. */
function selectionIfVisible(state: ExplorerState, hiddenTypes: readonly string[]): Selection | null {
  const { selection } = state;
  if (!selection) return null;
  return typesOf(state.index, selection).some((t) => hiddenTypes.includes(t)) ? null : selection;
}
