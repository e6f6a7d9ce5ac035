import type { StateCreator } from 'zustand';
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
}

export const createDrawingSlice: StateCreator<ExplorerState, [], [], DrawingSlice> = (set) => ({
  drawing: null,
  setDrawing: (drawing) => set({ drawing }),
});
