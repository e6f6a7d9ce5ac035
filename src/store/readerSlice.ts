import type { StateCreator } from 'zustand';
import type { AnchoredEvidence } from '../model/graph/storyIndex';
import type { ExplorerState } from './explorerState';

export interface ReaderSlice {
  /** The passage "Show in article" asked for; the reader scrolls to it and highlights it. `request` tells repeats apart. */
  articleFocus: { evidence: AnchoredEvidence; request: number } | null;
  showInArticle: (evidence: AnchoredEvidence) => void;
}

export const createReaderSlice: StateCreator<ExplorerState, [], [], ReaderSlice> = (set) => ({
  articleFocus: null,
  showInArticle: (evidence) => set((state) => ({ articleFocus: { evidence, request: (state.articleFocus?.request ?? 0) + 1 } })),
});
