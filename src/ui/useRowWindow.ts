import { useEffect, useEffectEvent, useMemo, useRef, useState, type RefObject } from 'react';

/** Rows rendered as [start, end), by index. */
export interface RowRange {
  start: number;
  end: number;
}

/** Height assumed while the scroller has none: jsdom has no layout, and a first render precedes measuring. */
const FALLBACK_VIEWPORT_PX = 800;
/**
 * The scroll position is kept in steps of this many px, so scrolling re-renders the rows once per step rather
 * than once per frame (the window reaches one step further down to make up for it).
 */
const SCROLL_STEP_PX = 100;

/** Index of the first offset past `y` (or at it, unless `strictly`); offsets ascend. */
function firstPast(offsets: ArrayLike<number>, y: number, strictly: boolean): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const offset = offsets[mid] ?? Infinity;
    if (offset > y || (!strictly && offset === y)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The rows meeting [top, bottom): `offsets[i]` is row i's top, and the last offset is the total height. */
export function rowsBetween(offsets: ArrayLike<number>, top: number, bottom: number): RowRange {
  const count = Math.max(0, offsets.length - 1);
  const start = Math.min(count, Math.max(0, firstPast(offsets, top, true) - 1));
  const end = Math.min(count, Math.max(start, firstPast(offsets, bottom, false)));
  return { start, end };
}

/** Running sums of row heights: row i's top, and at the end the total height. */
export function offsetsOf(heights: readonly number[]): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  heights.forEach((height, i) => (offsets[i + 1] = (offsets[i] ?? 0) + height));
  return offsets;
}

/**
 * Where the scroller's view is, in the coordinates of the content (whose top is row 0's top). The scroller must
 * be positioned (`position: relative`) so that it is the content's offset parent.
 */
function viewOf(scroller: HTMLElement, content: HTMLElement | null): { contentTop: number; top: number; height: number } {
  const contentTop = content?.offsetTop ?? 0;
  return { contentTop, top: scroller.scrollTop - contentTop, height: scroller.clientHeight || FALLBACK_VIEWPORT_PX };
}

/** What `useRowWindow` gives: the rows to render, the two elements to attach, and ways to bring a row into view. */
export interface RowWindow extends RowRange {
  /** The scrolling element; it must be positioned (see `viewOf`). */
  scroller: RefObject<HTMLDivElement | null>;
  /** The element holding the rows, whose top is row 0's top. */
  content: RefObject<HTMLDivElement | null>;
  scrollToRow: (row: number, align: 'nearest' | 'center') => void;
  rowInView: (row: number) => boolean;
}

/**
 * Windowing for a tall list of fixed-height rows: which rows meet the scroller's view (plus `overscanPx` either
 * side), kept current on scroll and resize, and a way to bring a row into view. Disabled, it returns every row.
 */
export function useRowWindow({ offsets, overscanPx, enabled }: { offsets: Float64Array; overscanPx: number; enabled: boolean }): RowWindow {
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: FALLBACK_VIEWPORT_PX });

  const follow = () => {
    const element = scroller.current;
    if (!element) return;
    const { top, height } = viewOf(element, content.current);
    const stepped = Math.max(0, Math.floor(top / SCROLL_STEP_PX) * SCROLL_STEP_PX);
    setView((v) => (v.top === stepped && v.height === height ? v : { top: stepped, height }));
  };
  const onScrollOrResize = useEffectEvent(follow);

  useEffect(() => {
    const element = scroller.current;
    if (!enabled || !element) return;
    const listener = () => onScrollOrResize();
    element.addEventListener('scroll', listener, { passive: true });
    // A ResizeObserver also reports once when it starts: that is the first real measurement.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(listener);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', listener);
      observer?.disconnect();
    };
  }, [enabled]);

  const range = useMemo(
    () => (enabled ? rowsBetween(offsets, view.top - overscanPx, view.top + SCROLL_STEP_PX + view.height + overscanPx) : { start: 0, end: offsets.length - 1 }),
    [enabled, offsets, view, overscanPx],
  );

  const bounds = (row: number) => {
    const element = scroller.current;
    const top = offsets[row];
    const bottom = offsets[row + 1];
    return element && top !== undefined && bottom !== undefined ? { element, top, bottom, view: viewOf(element, content.current) } : null;
  };

  const scrollToRow = (row: number, align: 'nearest' | 'center') => {
    const at = bounds(row);
    if (!at) return;
    const { element, top, bottom, view } = at;
    if (align === 'center') element.scrollTop = Math.max(0, view.contentTop + top - (view.height - (bottom - top)) / 2);
    else if (top < view.top) element.scrollTop = view.contentTop + top;
    else if (bottom > view.top + view.height) element.scrollTop = view.contentTop + bottom - view.height;
    // Now, not on the scroll event: the caller may focus the row next, and jsdom sends no scroll events.
    follow();
  };

  const rowInView = (row: number) => {
    const at = bounds(row);
    return at !== null && at.bottom > at.view.top && at.top < at.view.top + at.view.height;
  };

  return { ...range, scroller, content, scrollToRow, rowInView };
}
