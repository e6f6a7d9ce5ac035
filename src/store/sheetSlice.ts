import type { StateCreator } from 'zustand';
import type { ExplorerState } from './explorerState';

/** The two reading panels, which a narrow screen shows one at a time in a sheet over the graph's lower part. */
export type SheetPanel = 'details' | 'article';

/** How far the sheet is pulled up: its bar only, about half the screen, or over the whole graph. */
export type SheetSize = 'collapsed' | 'half' | 'full';

const SIZES: readonly SheetSize[] = ['collapsed', 'half', 'full'];

export interface SheetSlice {
  /** The panel in front on a narrow screen (a wide one shows both, beside the graph). */
  sheetPanel: SheetPanel;
  sheetSize: SheetSize;
  /** Brings a panel to the front, pulling a collapsed sheet up to half so it can be read. */
  showPanel: (panel: SheetPanel) => void;
  /** Pulls the sheet up (1) or pushes it down (-1) one size, stopping at either end. */
  resizeSheet: (step: 1 | -1) => void;
}

/** The sheet state that shows `panel`: actions elsewhere (e.g. "Show in article") merge it into their own update. */
export function panelInFront(state: Pick<SheetSlice, 'sheetSize'>, panel: SheetPanel): Pick<SheetSlice, 'sheetPanel' | 'sheetSize'> {
  return { sheetPanel: panel, sheetSize: state.sheetSize === 'collapsed' ? 'half' : state.sheetSize };
}

export const createSheetSlice: StateCreator<ExplorerState, [], [], SheetSlice> = (set) => ({
  sheetPanel: 'details',
  sheetSize: 'collapsed',
  showPanel: (panel) => set((state) => panelInFront(state, panel)),
  resizeSheet: (step) =>
    set((state) => {
      const at = Math.max(0, Math.min(SIZES.length - 1, SIZES.indexOf(state.sheetSize) + step));
      return { sheetSize: SIZES[at] ?? state.sheetSize };
    }),
});
