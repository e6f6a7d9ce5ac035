import type { RendererPreference } from '../model/view/rendererPreference';
import { createStore } from 'zustand/vanilla';
import { buildStoryIndex } from '../model/graph/storyIndex';
import type { Selection } from '../model/selection/selection';
import type { Story } from '../model/story/types';
import type { ExplorerState } from './explorerState';
import type { Theme } from './viewSlice';
import { createDrawingSlice } from './drawingSlice';
import { createFilterSlice } from './filterSlice';
import { createFocusSlice } from './focusSlice';
import { createReaderSlice } from './readerSlice';
import { createSelectionSlice } from './selectionSlice';
import { createSheetSlice } from './sheetSlice';
import { createStudioSlice } from './studioSlice';
import { createTourSlice } from './tourSlice';
import { createViewSlice } from './viewSlice';

export type ExplorerStore = ReturnType<typeof createExplorerStore>;

/** One store per mounted explorer (app, test, each embed), so several graphs never share state. */
export function createExplorerStore(
  story: Story,
  initial?: { selection?: Selection | null; step?: number | null; layout?: 'full' | 'compact'; theme?: Theme; renderer?: RendererPreference },
) {
  const store = createStore<ExplorerState>()((...a) => ({
    story,
    index: buildStoryIndex(story),
    ...createSelectionSlice(...a),
    ...createFilterSlice(...a),
    ...createReaderSlice(...a),
    ...createViewSlice(...a),
    ...createFocusSlice(...a),
    ...createTourSlice(...a),
    ...createStudioSlice(...a),
    ...createDrawingSlice(...a),
    ...createSheetSlice(...a),
    ...(initial?.layout ? { layout: initial.layout } : {}),
    ...(initial?.theme ? { theme: initial.theme } : {}),
    ...(initial?.renderer ? { renderer: initial.renderer } : {}),
  }));
  if (initial?.step !== undefined && initial.step !== null) store.getState().goToStep(initial.step);
  // A selection from a link opens in context: the whole graph, its neighbourhood bright (the first fit shows it all).
  else if (initial?.selection) store.getState().select(initial.selection);
  return store;
}
