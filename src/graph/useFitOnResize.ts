import { useEffect, type RefObject } from 'react';
import type { GraphController } from './GraphController';

/**
 * react-cytoscapejs does not follow container resizes (it has no observer of its own): tell the controller, which
 * has Cytoscape measure again and fits the new size to what is in focus, or to the whole graph.
 */
export function useFitOnResize(graph: GraphController, host: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = host.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // The size the graph was fitted to as it was drawn: the observer's first report of that size needs no refit.
    const box = element.getBoundingClientRect();
    let last = `${Math.round(box.width)}x${Math.round(box.height)}`;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const size = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
      if (size === last || entry.contentRect.width === 0) return;
      last = size;
      graph.resized();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [graph, host]);
}
