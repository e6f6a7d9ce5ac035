import { useEffect, useState, type RefObject } from 'react';
import type { GraphController } from './GraphController';

/**
 * No scroll trap in an embed: until the reader clicks or focuses the graph, the wheel (and a finger) scroll
 * the page rather than zooming or panning the graph; leaving the graph gives the page its scroll back.
 * Returns whether to show the "click to zoom" hint (after a wheel turn over the inactive graph).
 */
export function useScrollGuard(graph: GraphController, host: RefObject<HTMLElement | null>, enabled: boolean): boolean {
  const [hint, setHint] = useState(false);
  useEffect(() => {
    const element = host.current;
    if (!element || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const activate = (on: boolean) => {
      graph.setUserNavigation(on);
      if (on) setHint(false);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && element.contains(event.relatedTarget)) return;
      activate(false);
      delete element.dataset.pointerFocus;
    };
    const onWheel = () => {
      if (graph.userNavigation) return;
      setHint(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(false), 1800);
    };
    // Cytoscape prevents the default on mousedown and blurs whatever has focus, so a click never focuses the graph
    // by itself: do it once Cytoscape is done with the press (these listeners run after its own, on the way up), so
    // that leaving the graph (focusout) hands the wheel back to the page, and the canvas keys work after a click.
    const onPointerDown = () => activate(true);
    // Focus given by a press is marked, so neither the focus ring nor the keys hint covers the graph under a finger
    // (Chromium counts a programmatic focus as :focus-visible); a key pressed on the graph shows them again.
    const onPress = () => {
      activate(true);
      element.dataset.pointerFocus = '';
      element.focus({ preventScroll: true });
    };
    const onKey = () => delete element.dataset.pointerFocus;
    const onWindowBlur = () => activate(false);
    const onFocusIn = () => activate(true);
    activate(false);
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('mousedown', onPress);
    element.addEventListener('keydown', onKey);
    element.addEventListener('touchstart', onPress, { passive: true });
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    element.addEventListener('wheel', onWheel, { passive: true });
    window.addEventListener('blur', onWindowBlur);
    return () => {
      window.removeEventListener('blur', onWindowBlur);
      clearTimeout(timer);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('mousedown', onPress);
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('touchstart', onPress);
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
      element.removeEventListener('wheel', onWheel);
      activate(true);
    };
  }, [graph, host, enabled]);
  return hint;
}
