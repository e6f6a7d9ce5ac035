import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { fitAll } from './viewport';

/** react-cytoscapejs does not follow container resizes: tell Cytoscape, and fit the graph to the new size. */
export function useFitOnResize(cy: Core | null, host: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = host.current;
    if (!cy || !element || typeof ResizeObserver === 'undefined') return;
    let last = '';
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const size = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
      if (size === last || entry.contentRect.width === 0) return;
      last = size;
      cy.resize();
      fitAll(cy);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [cy, host]);
}
