import { useLayoutEffect, type RefObject } from 'react';
import type { GraphController } from './GraphController';
import { clearOfSheet, sheetDepth, type SheetSide } from './viewFrame';

/** The zoom buttons' distance from the canvas's edges (styles/layout.css), at its largest. */
const CONTROLS_MARGIN = 12;

/** A reading sheet laid over the canvas (the narrow explorer's details and article), and the side it comes in from. */
export interface SheetOver {
  element: RefObject<HTMLElement | null>;
  side: SheetSide;
}

/**
 * A sheet that comes in over part of the canvas hides what the view was centred on. As the sheet moves, this pans
 * the graph by half the change in how far it reaches in (up from the bottom, or in from the right), so the centre of
 * the view stays the centre of the part still in sight; pushed back, the pan is undone. Zoom is left alone and the
 * canvas keeps its size (resizing it would refit the view). It also tells the stage, through `--sheet-lift` and
 * `--sheet-shift`, how far the zoom buttons move up or left to stay in sight above or beside the sheet, and hides
 * them (`data-controls-hidden`) when no room is left for them. Followed with a ResizeObserver on the sheet, so it
 * moves with the sheet's transition frame by frame, or at once when motion is reduced. A layout effect: the first
 * fit (useStoryOnCanvas) measures the buttons where they will be.
 */
export function useViewClearOfSheet(
  graph: GraphController,
  canvasHost: RefObject<HTMLElement | null>,
  sheet: SheetOver | undefined,
  stage: RefObject<HTMLElement | null>,
  controls: RefObject<HTMLElement | null>,
  ready: boolean,
): void {
  const element = sheet?.element;
  const side = sheet?.side;
  useLayoutEffect(() => {
    const over = element?.current;
    const canvas = canvasHost.current;
    const host = stage.current;
    // Not before the instance is `ready`, a render after the canvas mounted: the sheet comes after the canvas in
    // the page, so on that first render its ref is not attached yet when this runs.
    if (!ready || !over || !canvas || !host || !side) return;
    const measure = () => {
      const [below, rect] = [canvas.getBoundingClientRect(), over.getBoundingClientRect()];
      const size = controls.current?.getBoundingClientRect() ?? { width: 0, height: 0 };
      const clear = clearOfSheet(rect, below, side, size, CONTROLS_MARGIN);
      host.style.setProperty('--sheet-lift', `${clear.up}px`);
      host.style.setProperty('--sheet-shift', `${clear.left}px`);
      // With no room left in sight, the buttons are not drawn (nor reached by Tab) rather than drawn off the canvas.
      host.toggleAttribute('data-controls-hidden', !clear.fits);
      return sheetDepth(rect, below, side);
    };
    let last = measure();
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            const now = measure();
            // A new canvas size is refitted (useFitOnResize): only the sheet's own moves pan the view.
            const refitted = entries.some((entry) => entry.target === canvas);
            if (now !== last && !refitted) {
              const move = -(now - last) / 2;
              if (side === 'bottom') graph.shift(0, move);
              else graph.shift(move, 0);
            }
            last = now;
          });
    observer?.observe(over);
    // The canvas too: shortened (a tour's text above it), it may leave the buttons no room above the sheet.
    observer?.observe(canvas);
    return () => {
      observer?.disconnect();
      host.style.removeProperty('--sheet-lift');
      host.style.removeProperty('--sheet-shift');
      host.removeAttribute('data-controls-hidden');
    };
  }, [graph, ready, canvasHost, element, side, stage, controls]);
}
