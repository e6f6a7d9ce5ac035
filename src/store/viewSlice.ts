import type { StateCreator } from 'zustand';
import type { RendererPreference } from '../model/view/rendererPreference';
import type { ExplorerState } from './explorerState';

export type Theme = 'light' | 'dark';

export interface ViewSlice {
  /** Which main view is shown: the drawn graph or its list twin. */
  view: 'graph' | 'list';
  setView: (view: 'graph' | 'list') => void;
  /** 'full' is the explorer with the article beside it; 'compact' is an embed: graph and a quote drawer, no article. */
  layout: 'full' | 'compact';
  theme: Theme;
  setTheme: (theme: Theme) => void;
  /** Which Cytoscape renderer to use: 'auto' lets the graph choose (WebGL for large graphs on a real GPU). */
  renderer: RendererPreference;
}

export const createViewSlice: StateCreator<ExplorerState, [], [], ViewSlice> = (set) => ({
  view: 'graph',
  setView: (view) => set({ view }),
  layout: 'full',
  theme: 'light',
  setTheme: (theme) => set({ theme }),
  renderer: 'auto',
});
