import type { StateCreator } from 'zustand';
import type { AnchoredEvidence } from '../model/graph/storyIndex';
import type { ExplorerState } from './explorerState';
import { panelInFront } from './sheetSlice';

/** Where the article should scroll to: a quoted passage, or (range null) a whole paragraph. */
export interface ArticleFocus {
  paragraphId: string;
  range: { start: number; end: number } | null;
  /** Tells repeated requests for the same place apart, so each one scrolls. */
  request: number;
}

export interface ReaderSlice {
  articleFocus: ArticleFocus | null;
  /** "Show in article": scroll the reader to a quote and highlight it (on a narrow screen, bringing the article to the front). */
  showInArticle: (evidence: AnchoredEvidence) => void;
  /** Scroll the reader to a paragraph (tour steps). */
  showParagraph: (paragraphId: string) => void;
}

export const createReaderSlice: StateCreator<ExplorerState, [], [], ReaderSlice> = (set) => ({
  articleFocus: null,
  showInArticle: (evidence) =>
    set((state) => ({
      articleFocus: { paragraphId: evidence.paragraphId, range: { start: evidence.start, end: evidence.end }, request: (state.articleFocus?.request ?? 0) + 1 },
      // In the same update, so the article is shown when it scrolls to the passage.
      ...panelInFront(state, 'article'),
    })),
  showParagraph: (paragraphId) =>
    set((state) => ({ articleFocus: { paragraphId, range: null, request: (state.articleFocus?.request ?? 0) + 1 } })),
});
