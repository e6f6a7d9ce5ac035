import { useRef, type MouseEvent, type PointerEvent } from 'react';

/** How far a finger must travel along the sheet's bar to count as a swipe rather than a tap (px). */
const SWIPE_PX = 32;

/**
 * A swipe up or down the sheet's bar pulls the sheet up or pushes it down, as people expect of a bottom sheet; on
 * `axis` x (a sheet at the right side), a swipe left pulls it out and a swipe right pushes it back.
 * The bar's buttons do the same for everyone else; a swipe that starts on one of them does not also press it.
 */
export function useSheetSwipe(resize: (step: 1 | -1) => void, axis: 'x' | 'y' = 'y') {
  const start = useRef<{ id: number; at: number } | null>(null);
  const swiped = useRef(false);
  return {
    onPointerDown: (event: PointerEvent) => {
      start.current = { id: event.pointerId, at: axis === 'y' ? event.clientY : event.clientX };
      swiped.current = false;
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const moved = (axis === 'y' ? event.clientY : event.clientX) - from.at;
      if (Math.abs(moved) < SWIPE_PX) return;
      swiped.current = true;
      resize(moved < 0 ? 1 : -1);
    },
    onPointerCancel: () => {
      start.current = null;
    },
    onClickCapture: (event: MouseEvent) => {
      if (!swiped.current) return;
      swiped.current = false;
      event.preventDefault();
      event.stopPropagation();
    },
  };
}
