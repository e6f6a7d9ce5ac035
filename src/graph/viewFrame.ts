import type { Core } from 'cytoscape';

/** Distances from the canvas' edges, in CSS px. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A rectangle in the canvas' own CSS px (0,0 at its top left). */
export interface ScreenRect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What is drawn over the canvas (zoom buttons): fits keep nodes clear of it, and no label goes under it. */
export interface ViewFrame {
  /** Room a fit leaves free at each edge for the controls. */
  reserved: Insets;
  /** The controls themselves. */
  covered: readonly ScreenRect[];
}

export const OPEN_FRAME: ViewFrame = { reserved: { top: 0, right: 0, bottom: 0, left: 0 }, covered: [] };

const frames = new WeakMap<Core, () => ViewFrame>();

/** Says how to measure the frame of a graph: measured when asked, so a fit never uses a stale one. */
export function setViewFrameSource(cy: Core, measure: () => ViewFrame): void {
  frames.set(cy, measure);
}

export function viewFrameOf(cy: Core): ViewFrame {
  return frames.get(cy)?.() ?? OPEN_FRAME;
}

/**
 * The frame for controls laid over the canvas: a column hugging the right edge reserves that side, a row along the
 * bottom reserves the bottom. `controls` and `canvas` are client rects.
 */
export function frameForControls(controls: DOMRectReadOnly | null, canvas: DOMRectReadOnly): ViewFrame {
  if (!controls || controls.width === 0 || canvas.width === 0) return OPEN_FRAME;
  const covered = { x1: controls.left - canvas.left, y1: controls.top - canvas.top, x2: controls.right - canvas.left, y2: controls.bottom - canvas.top };
  const column = controls.height > controls.width;
  return {
    reserved: column ? { top: 0, right: canvas.right - controls.left, bottom: 0, left: 0 } : { top: 0, right: 0, bottom: canvas.bottom - controls.top, left: 0 },
    covered: [covered],
  };
}
