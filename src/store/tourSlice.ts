import type { StateCreator } from 'zustand';
import type { Selection } from '../model/selection/selection';
import type { ExplorerState } from './explorerState';

export interface TourSlice {
  /** The current tour step (0-based), or null when the reader is not on the tour. */
  step: number | null;
  /** Shows step n: focuses and selects what it names and scrolls the article to its paragraph. Out-of-range n is clamped. */
  goToStep: (n: number) => void;
  nextStep: () => void;
  previousStep: () => void;
  endTour: () => void;
}

export const createTourSlice: StateCreator<ExplorerState, [], [], TourSlice> = (set, get) => ({
  step: null,
  goToStep: (n) => {
    const { story, index } = get();
    const steps = story.steps ?? [];
    if (steps.length === 0) return;
    const at = Math.max(0, Math.min(steps.length - 1, Math.trunc(n)));
    const step = steps[at];
    if (!step) return;
    set({ step: at });
    get().focus(step.focus ?? []);
    const selection: Selection | null = step.select ? { kind: index.nodes.has(step.select) ? 'node' : 'edge', id: step.select } : null;
    get().select(selection, { keepFocus: true });
    if (step.paragraph) get().showParagraph(step.paragraph);
  },
  nextStep: () => get().goToStep((get().step ?? -1) + 1),
  previousStep: () => get().goToStep((get().step ?? 1) - 1),
  endTour: () => set({ step: null, focusIds: null }),
});
