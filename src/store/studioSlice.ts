import type { StateCreator } from 'zustand';
import { selectionExists } from '../model/graph/neighbourhood';
import { buildStoryIndex } from '../model/graph/storyIndex';
import { editLimitProblem, loadEditCheck } from '../model/studio/editCheck';
import type { Story } from '../model/story/types';
import type { ExplorerState } from './explorerState';

/** How many edits undo remembers. */
const HISTORY_LIMIT = 200;

export interface StudioSlice {
  /** True while the curator edits the story (the studio's panels and gestures are on). */
  editing: boolean;
  setEditing: (editing: boolean) => void;
  /** True for a story readers may already have seen (not a draft started here): edits to it need a note for readers. */
  published: boolean;
  /** How many corrections the story had when editing began, to see whether a note was added since. */
  changesAtStart: number;
  /** Earlier versions of the story, most recent last, and versions undone. */
  past: readonly Story[];
  future: readonly Story[];
  /**
   * Applies one edit (a pure function of the story) as one undoable step. An edit that would make a draft the
   * story format refuses on reload is not made: false, and `refusal` says why.
   */
  applyEdit: (edit: (story: Story) => Story) => boolean;
  /** Why the last edit was refused (a limit of the story format), until the next edit is made or it is dismissed. */
  refusal: string | null;
  /** Refuses an edit with this reason (a field that checked its own value before editing). */
  refuseEdit: (reason: string) => void;
  dismissRefusal: () => void;
  undo: () => void;
  redo: () => void;
  /** Replaces the story outright (a restored draft, a new story): history starts again. */
  replaceStory: (story: Story) => void;
}

/** The story with its index rebuilt, and a selection that no longer exists dropped. */
function withStory(state: ExplorerState, story: Story): Partial<ExplorerState> {
  const index = buildStoryIndex(story);
  const selection = state.selection && selectionExists(index, state.selection) ? state.selection : null;
  return { story, index, selection, articleFocus: null, focusIds: null };
}

export const createStudioSlice: StateCreator<ExplorerState, [], [], StudioSlice> = (set, get) => ({
  editing: false,
  setEditing: (editing) => {
    // The check every edit meets (and zod, which words it) loads as the studio opens; if that fails (offline), the
    // next edit that needs it asks again (editLimitProblem).
    if (editing) loadEditCheck().catch(() => undefined);
    set((state) => ({ editing, changesAtStart: editing && !state.editing ? (state.story.changes?.length ?? 0) : state.changesAtStart }));
  },
  published: true,
  changesAtStart: 0,
  past: [],
  future: [],
  refusal: null,
  refuseEdit: (refusal) => set({ refusal }),
  dismissRefusal: () => set({ refusal: null }),
  applyEdit: (edit) => {
    const state = get();
    const next = edit(state.story);
    if (next === state.story) return true;
    const problem = editLimitProblem(next);
    if (problem) {
      set({ refusal: `Not changed: ${problem}` });
      return false;
    }
    set({ ...withStory(state, next), past: [...state.past, state.story].slice(-HISTORY_LIMIT), future: [], refusal: null });
    return true;
  },
  undo: () =>
    set((state) => {
      const previous = state.past.at(-1);
      if (!previous) return {};
      return { ...withStory(state, previous), past: state.past.slice(0, -1), future: [state.story, ...state.future] };
    }),
  redo: () =>
    set((state) => {
      const [next, ...rest] = state.future;
      if (!next) return {};
      return { ...withStory(state, next), past: [...state.past, state.story], future: rest };
    }),
  replaceStory: (story) => set((state) => ({ ...withStory(state, story), past: [], future: [] })),
});
