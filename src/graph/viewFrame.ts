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

/** A client rect (getBoundingClientRect), or anything shaped like one. */
export type ClientRect = Pick<DOMRectReadOnly, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

/**
 * What is drawn over the canvas (zoom buttons, a reading sheet come up over part of it): fits keep nodes clear of
 * it, centring centres in what is left in sight, and no label goes under it.
 */
export interface ViewFrame {
  /** Room a fit leaves free at each edge for the controls, and for a sheet over one side. */
  reserved: Insets;
  /** The strip at each edge that is out of sight behind a sheet: the view's centre is the centre of the rest. */
  hidden: Insets;
  /** The controls, and the part of the canvas under a sheet. */
  covered: readonly ScreenRect[];
}

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export const OPEN_FRAME: ViewFrame = { reserved: NO_INSETS, hidden: NO_INSETS, covered: [] };

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
export function frameForControls(controls: ClientRect | null, canvas: ClientRect): ViewFrame {
  if (!controls || controls.width === 0 || canvas.width === 0) return OPEN_FRAME;
  const column = controls.height > controls.width;
  return {
    reserved: column ? { ...NO_INSETS, right: canvas.right - controls.left } : { ...NO_INSETS, bottom: canvas.bottom - controls.top },
    hidden: NO_INSETS,
    covered: [toScreen(controls, canvas)],
  };
}

/** The side of the canvas a reading sheet comes in from: the bottom (a phone held upright) or the right (a short, wide window). */
export type SheetSide = 'bottom' | 'right';

/**
 * How much of the canvas a sheet hides, measured from the side it comes in from: up to its top edge for a sheet
 * from the bottom, up to its left edge for one from the right. A card in the corner (the right-hand sheet,
 * collapsed) counts for its whole width, so the view's centre moves the same way whatever size the sheet has.
 */
export function sheetDepth(sheet: ClientRect, canvas: ClientRect, side: SheetSide): number {
  if (!overlaps(sheet, canvas)) return 0;
  return side === 'bottom'
    ? clamp(canvas.bottom - sheet.top, 0, canvas.height)
    : clamp(canvas.right - sheet.left, 0, canvas.width);
}

/** The frame for a sheet over one side of the canvas: that strip is out of sight, so fits and labels keep clear of it. */
export function frameForSheet(sheet: ClientRect | null, canvas: ClientRect, side: SheetSide): ViewFrame {
  if (!sheet || canvas.width === 0 || !overlaps(sheet, canvas)) return OPEN_FRAME;
  const hidden = { ...NO_INSETS, [side]: sheetDepth(sheet, canvas, side) };
  const under = { left: Math.max(sheet.left, canvas.left), top: Math.max(sheet.top, canvas.top), right: Math.min(sheet.right, canvas.right), bottom: Math.min(sheet.bottom, canvas.bottom) };
  return { reserved: hidden, hidden, covered: [toScreen(under, canvas)] };
}

/** Where controls in the canvas's bottom right corner go to stay clear of a sheet, and whether they still fit. */
export interface ClearOfSheet {
  /** How far they move up, over a strip along the bottom or a card in the corner. */
  up: number;
  /** How far they move left, beside a column as tall as the canvas (or a card with no room above it). */
  left: number;
  /** False when the part of the canvas in sight has no room for them (they would be drawn off it). */
  fits: boolean;
}

/**
 * How controls of `size` in the canvas's bottom right corner, `margin` px from its edges, stay clear of a sheet:
 * up over a strip along the bottom, left beside a column from the right, and over a card in the corner if there is
 * room above it, else beside it.
 */
export function clearOfSheet(sheet: ClientRect | null, canvas: ClientRect, side: SheetSide, size: { width: number; height: number }, margin: number): ClearOfSheet {
  if (!sheet || !overlaps(sheet, canvas)) return { up: 0, left: 0, fits: true };
  const up = clamp(canvas.bottom - sheet.top, 0, canvas.height);
  const roomAbove = canvas.height - up >= size.height + 2 * margin;
  const column = side === 'right' && (sheet.top <= canvas.top + 0.5 || !roomAbove);
  if (!column) return { up, left: 0, fits: roomAbove };
  const left = sheetDepth(sheet, canvas, side);
  return { up: 0, left, fits: canvas.width - left >= size.width + 2 * margin };
}

/** Two frames over one canvas as one: each edge keeps the larger room, and both cover what they cover. */
export function combineFrames(a: ViewFrame, b: ViewFrame): ViewFrame {
  const larger = (x: Insets, y: Insets): Insets => ({
    top: Math.max(x.top, y.top),
    right: Math.max(x.right, y.right),
    bottom: Math.max(x.bottom, y.bottom),
    left: Math.max(x.left, y.left),
  });
  return { reserved: larger(a.reserved, b.reserved), hidden: larger(a.hidden, b.hidden), covered: [...a.covered, ...b.covered] };
}

function toScreen(rect: Pick<ClientRect, 'left' | 'top' | 'right' | 'bottom'>, canvas: ClientRect): ScreenRect {
  return { x1: rect.left - canvas.left, y1: rect.top - canvas.top, x2: rect.right - canvas.left, y2: rect.bottom - canvas.top };
}

function overlaps(a: ClientRect, b: ClientRect): boolean {
  return a.width > 0 && a.height > 0 && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
