import type { StateCreator } from 'zustand';
import type { ExplorerState } from './explorerState';

export interface ViewSlice {
  /** Which main view is shown: the drawn graph or its list twin. */
  view: 'graph' | 'list';
  setView: (view: 'graph' | 'list') => void;
}

export const createViewSlice: StateCreator<ExplorerState, [], [], ViewSlice> = (set) => ({
  view: 'graph',
  setView: (view) => set({ view }),
});
