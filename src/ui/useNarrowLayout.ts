import { useCallback, useSyncExternalStore } from 'react';
import type { SheetSide } from '../graph/viewFrame';

/**
 * Below this width, or this height, the explorer stacks: the graph with its controls above it, the details and the
 * article in a sheet over it, and the top bar's actions in a menu. It decides what is rendered (tabs, menu) as well as
 * how it looks, so it is read here, once; the styles key off the `is-narrow` class this sets (styles/narrow.css), not
 * a media query. A short window (a large phone on its side, 932 x 430) has no height for the side-by-side panels.
 */
export const NARROW_LAYOUT_QUERY = '(max-width: 899.98px), (max-height: 499.98px)';

/**
 * A short, wide window (a phone on its side, a laptop at 200% zoom): the sheet comes in from the right, so the
 * graph keeps the height it has too little of (styles/sheet.css). Up to 600 px tall: at 640 x 500 (200% zoom on a
 * 1280 x 1024 screen) a sheet from the bottom, under the legend, the key and a guided tour's step, left the graph
 * 112 px.
 */
export const SHEET_AT_RIGHT_QUERY = '(max-height: 599.98px) and (min-aspect-ratio: 5/4)';

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  // Without matchMedia (jsdom, old engines) no query matches: the explorer keeps its wide layout.
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(query).matches ?? false, () => false);
}

/** True while the window is too narrow or too short for the side-by-side layout (a phone, a small or zoomed window). */
export function useNarrowLayout(): boolean {
  return useMediaQuery(NARROW_LAYOUT_QUERY);
}

/** The side the narrow layout's reading sheet comes in from: the bottom, or the right in a short, wide window. */
export function useSheetSide(): SheetSide {
  return useMediaQuery(SHEET_AT_RIGHT_QUERY) ? 'right' : 'bottom';
}
