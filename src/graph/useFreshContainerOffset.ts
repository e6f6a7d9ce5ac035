import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import type { GraphController } from './GraphController';

/** The part of Cytoscape's renderer that caches where its container sits on the page (not in its typings). */
interface OffsetCache {
  invalidateContainerClientCoordsCache?: () => void;
}

/** Makes Cytoscape measure its container's place on the page again before it next maps a pointer to the graph. */
export function forgetContainerOffset(cy: Core): void {
  const renderer = (cy as unknown as { renderer?: () => OffsetCache | undefined }).renderer?.();
  if (typeof renderer?.invalidateContainerClientCoordsCache === 'function') renderer.invalidateContainerClientCoordsCache();
  else cy.resize();
}

/**
 * Cytoscape caches where its container is on the page and forgets it only on scroll events of the container's
 * ancestors. Inside a shadow root (<quote-graph>) the climb stops at the shadow root, so once the article page
 * scrolls, clicks and taps land where the graph used to be. Something above the graph that grows (an image
 * loading, an ad slot) moves it without any scroll at all. So the cache is dropped on every scroll in the page
 * (capture sees scrolls of any element), and whenever a pointer enters or presses the graph, before Cytoscape
 * reads it (capture on the host, which holds Cytoscape's container).
 */
export function useFreshContainerOffset(graph: GraphController, host: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const forget = () => graph.forgetContainerOffset();
    const capture = { capture: true, passive: true } as const;
    const pointerEvents = ['pointerdown', 'pointerover', 'touchstart', 'mousedown', 'wheel'] as const;
    window.addEventListener('scroll', forget, capture);
    window.addEventListener('resize', forget, capture);
    for (const type of pointerEvents) element.addEventListener(type, forget, capture);
    return () => {
      window.removeEventListener('scroll', forget, capture);
      window.removeEventListener('resize', forget, capture);
      for (const type of pointerEvents) element.removeEventListener(type, forget, capture);
    };
  }, [graph, host]);
}
