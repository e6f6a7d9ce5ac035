import type { StoryIndex } from '../model/graph/storyIndex';
import type { Story } from '../model/story/types';
import type { DrawingSlice } from './drawingSlice';
import type { FilterSlice } from './filterSlice';
import type { FocusSlice } from './focusSlice';
import type { ReaderSlice } from './readerSlice';
import type { SelectionSlice } from './selectionSlice';
import type { SheetSlice } from './sheetSlice';
import type { StudioSlice } from './studioSlice';
import type { TourSlice } from './tourSlice';
import type { ViewSlice } from './viewSlice';

/** The story being explored and its index (replaced as a whole by studio edits, never mutated). */
export interface StorySlice {
  story: Story;
  index: StoryIndex;
}

/** Everything one mounted explorer knows. The Cytoscape instance is deliberately not in here. */
export type ExplorerState = StorySlice & SelectionSlice & FilterSlice & ReaderSlice & ViewSlice & FocusSlice & TourSlice & StudioSlice & DrawingSlice & SheetSlice;
