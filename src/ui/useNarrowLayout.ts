import { useSyncExternalStore } from 'react';

/**
 * Below this width the explorer stacks: the graph on top, the details and the article in a sheet below it, and
 * the top bar's actions in a menu. It decides what is rendered (tabs, menu) as well as how it looks, so it is
 * read here, once; the styles key off the `is-narrow` class this sets (styles/narrow.css), not a media query.
 */
export const NARROW_LAYOUT_QUERY = '(max-width: 899.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(NARROW_LAYOUT_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** True while the window is narrower than the side-by-side layout needs (a phone, a small or zoomed window). */
export function useNarrowLayout(): boolean {
  // Without matchMedia (jsdom, old engines) the explorer keeps its wide layout.
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(NARROW_LAYOUT_QUERY).matches ?? false, () => false);
}
