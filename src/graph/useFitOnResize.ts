import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { fitTo } from './viewport';

/**
 * react-cytoscapejs does not follow container resizes: tell Cytoscape, and fit the new size to what is in focus
 * (`focusIds()`, e.g. a tour step) or else to the whole graph. Not while `drawing()`: Cytoscape has only part of
 * the graph then, and the drawing fits the view itself (see useGraphDrawing).
 */
export function useFitOnResize(
  cy: Core | null,
  host: RefObject<HTMLElement | null>,
  focusIds: () => readonly string[] | null,
  drawing: () => boolean,
  onShown: () => void,
): void {
  useEffect(() => {
    const element = host.current;
    if (!cy || !element || typeof ResizeObserver === 'undefined') return;
    // The size the graph was fitted to as it was drawn: the observer's first report of that size needs no refit.
    const box = element.getBoundingClientRect();
    let last = `${Math.round(box.width)}x${Math.round(box.height)}`;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const size = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
      if (size === last || entry.contentRect.width === 0) return;
      last = size;
      cy.resize();
      if (drawing()) return;
      fitTo(cy, focusIds(), false);
      // A graph drawn while hidden (display: none) is ready once it is shown and fitted.
      onShown();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [cy, host, focusIds, drawing, onShown]);
}
