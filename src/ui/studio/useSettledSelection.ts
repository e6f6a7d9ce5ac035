import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { readArticleSelection, selectInParagraph, type ArticleSelection } from './readArticleSelection';

/** How long a selection made from the keyboard or a touch screen's handles must rest before its actions show. */
export const SETTLE_MS = 250;

/** The same reading (one selection read twice, or read again after it was trimmed to whole words). */
function sameReading(a: ArticleSelection | null, b: ArticleSelection | null): boolean {
  if (!a || !b) return a === b;
  if (a.reading.kind === 'quote' && b.reading.kind === 'quote') {
    const [x, y] = [a.reading.part, b.reading.part];
    return x.paragraph === y.paragraph && x.start === y.start && x.end === y.end;
  }
  return a.reading.kind === b.reading.kind;
}

/**
 * The article selection the studio's actions are for, once it has settled: never while the mouse button or a finger
 * is still down (so the actions cannot appear under a drag), after a short rest for the keyboard and a touch
 * screen's handles, and gone the moment the selection is. While focus is inside the actions (`popover`), the
 * selection they were opened for is kept (typing a label moves the page's selection into the field).
 */
export function useSettledSelection(container: RefObject<HTMLElement | null>, popover: RefObject<HTMLElement | null>, texts: ReadonlyMap<string, string>) {
  const [current, setCurrent] = useState<ArticleSelection | null>(null);
  const shown = useRef<ArticleSelection | null>(null);
  const dismissed = useRef<ArticleSelection | null>(null);
  const pointerDown = useRef(false);
  // A touch screen's selection handles are the browser's: the page's selection is left as the finger put it.
  const touch = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  const show = useCallback((next: ArticleSelection | null) => {
    if (next && dismissed.current && sameReading(next, dismissed.current)) next = null;
    else dismissed.current = null;
    shown.current = next;
    setCurrent(next);
  }, []);

  /** Reads the selection now; a quote's selection is trimmed on the page to the words it quotes (but under a finger). */
  const settle = useCallback(() => {
    window.clearTimeout(timer.current);
    const root = container.current;
    const read = root ? readArticleSelection(root, texts) : null;
    if (root && read?.reading.kind === 'quote' && !touch.current) {
      const { paragraph, start, end } = read.reading.part;
      selectInParagraph(root, paragraph, start, end);
      return show(readArticleSelection(root, texts) ?? read);
    }
    show(read);
  }, [container, texts, show]);

  useEffect(() => {
    const inPopover = (target: EventTarget | null) => target instanceof Node && !!popover.current?.contains(target);
    const held = () => inPopover(document.activeElement);
    const onPointerDown = (event: PointerEvent) => {
      if (inPopover(event.target) || !(event.target instanceof Node) || !container.current?.contains(event.target)) return;
      pointerDown.current = true;
      touch.current = event.pointerType === 'touch';
      window.clearTimeout(timer.current);
      show(null);
    };
    const onPointerUp = () => {
      if (!pointerDown.current) return;
      pointerDown.current = false;
      // The browser finishes the selection (a double click's word) after the button comes up.
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(settle, 0);
    };
    const onSelectionChange = () => {
      if (pointerDown.current || held()) return;
      const root = container.current;
      const read = root ? readArticleSelection(root, texts) : null;
      if (!read) {
        window.clearTimeout(timer.current);
        dismissed.current = null;
        return show(null);
      }
      if (sameReading(read, shown.current)) return;
      show(null);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(settle, SETTLE_MS);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      window.clearTimeout(timer.current);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [container, popover, texts, settle, show]);

  /** Closes the actions for this selection (Escape); they come back when the selection changes. */
  const dismiss = useCallback(() => {
    dismissed.current = shown.current;
    shown.current = null;
    setCurrent(null);
  }, []);

  /** Closes the actions and lets the selection go: its words have been used. */
  const done = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    dismissed.current = null;
    show(null);
  }, [show]);

  /** True when the page's selection (unless focus is in the actions) is still the one shown: nothing stale is saved. */
  const stillSelected = useCallback((): boolean => {
    if (popover.current?.contains(document.activeElement)) return true;
    const root = container.current;
    const read = root ? readArticleSelection(root, texts) : null;
    if (sameReading(read, shown.current)) return true;
    show(read);
    return false;
  }, [container, popover, texts, show]);

  return { current, dismiss, done, stillSelected };
}
