import type { StateCreator } from 'zustand';
import type { Positions } from '../model/layout/layoutGraph';
import type { ExplorerState } from './explorerState';

/** What the canvas still has to do before the whole graph is on screen. */
export interface Drawing {
  /** 'layout': working out where nodes go (a story without saved positions); 'draw': handing them to Cytoscape in parts. */
  task: 'layout' | 'draw';
  /** How far along, 0 to 1. */
  fraction: number;
}

export interface DrawingSlice {
  /** The canvas's progress, or null once the whole graph is drawn. Set by the canvas (graph/useGraphDrawing.ts) only. */
  drawing: Drawing | null;
  setDrawing: (drawing: Drawing | null) => void;
  /** True once the story's whole graph has been on screen, fitted and labelled (the embeds' `quotegraph:ready`). */
  drawn: boolean;
  markDrawn: () => void;
  /**
   * Where the force layout put the nodes of a story without saved positions (graph/useForceLayout.ts), and where
   * the curator dragged them since: what the canvas shows for them, and what "Keep these positions" saves. Kept
   * across studio edits, so undoing "Keep these positions" shows the same picture again; null until laid out.
   */
  laidOut: Positions | null;
  setLaidOut: (laidOut: Positions | null) => void;
}

export const createDrawingSlice: StateCreator<ExplorerState, [], [], DrawingSlice> = (set, get) => ({
  drawing: null,
  setDrawing: (drawing) => set({ drawing }),
  drawn: false,
  markDrawn: () => {
    if (!get().drawn) set({ drawn: true });
  },
  laidOut: null,
  setLaidOut: (laidOut) => set({ laidOut }),
});

/** Calls `then` once the graph has been drawn (now, if it has); returns a function that cancels the wait. */
export function whenDrawn(store: { getState: () => { drawn: boolean }; subscribe: (listener: (state: { drawn: boolean }) => void) => () => void }, then: () => void): () => void {
  if (store.getState().drawn) {
    then();
    return () => {};
  }
  const unsubscribe = store.subscribe((state) => {
    if (!state.drawn) return;
    unsubscribe();
    then();
  });
  return unsubscribe;
}
