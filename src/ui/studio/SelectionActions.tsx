import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { placeBeside } from '../../model/studio/placeBeside';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectStory } from '../../store/selectors';
import { QuoteActions } from './QuoteActions';
import { useSettledSelection } from './useSettledSelection';

const FOCUSABLE = 'button:not([disabled]), select, input, textarea';

/** Keeps the actions beside the selected words, in the article panel's own coordinates (so they scroll with them). */
function usePlacement(container: RefObject<HTMLElement | null>, popover: RefObject<HTMLElement | null>, rect: DOMRect | null, size: unknown) {
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    const measure = () => {
      const root = container.current;
      const box = popover.current;
      if (!root || !box || !rect) return setPlace(null);
      const frame = root.getBoundingClientRect();
      // The visible part of the panel: the page may cut it (a sheet over the graph, a short window).
      const visibleTop = Math.max(frame.top, 0);
      const visibleBottom = Math.min(frame.bottom, window.innerHeight);
      const at = placeBeside(
        { top: rect.top, bottom: rect.bottom, left: rect.left },
        { width: box.offsetWidth, height: box.offsetHeight },
        { top: visibleTop, bottom: visibleBottom, left: frame.left, right: frame.left + root.clientWidth },
      );
      setPlace({ top: at.top - frame.top + root.scrollTop, left: at.left - frame.left + root.scrollLeft });
      // Too tall to fit beside the words in sight (a short panel, the relation form): scroll the panel to show it.
      const under = at.top + box.offsetHeight + 8 - visibleBottom;
      if (under > 0) root.scrollBy({ top: Math.min(under, Math.max(0, at.top - visibleTop)) });
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [container, popover, rect, size]);
  return place;
}

/**
 * In the studio: the actions for words selected in the article, in a box beside them once the selection has settled
 * (see useSettledSelection), gone with the selection. Tab from the article panel reaches them; Escape closes them
 * and gives focus back to the panel.
 */
export function SelectionActions({ container }: { container: RefObject<HTMLElement | null> }) {
  const story = useExplorerStore(selectStory);
  const texts = useMemo(() => new Map(story.article.paragraphs.map((p) => [p.id, p.text])), [story.article.paragraphs]);
  const popover = useRef<HTMLDivElement>(null);
  const { current, dismiss, done, stillSelected } = useSettledSelection(container, popover, texts);
  const [size, setSize] = useState(0);
  const resized = useCallback(() => setSize((n) => n + 1), []);
  const place = usePlacement(container, popover, current?.rect ?? null, size);
  const reading = current?.reading;

  const close = (then: 'dismiss' | 'done') => {
    const hadFocus = popover.current?.contains(document.activeElement);
    if (then === 'done') done();
    else dismiss();
    if (hadFocus) container.current?.focus({ preventScroll: true });
  };

  useEffect(() => {
    const root = container.current;
    if (!root || !current) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !popover.current?.contains(document.activeElement)) {
        event.preventDefault();
        dismiss();
      } else if (event.key === 'Tab' && !event.shiftKey && document.activeElement === root) {
        const first = popover.current?.querySelector<HTMLElement>(FOCUSABLE);
        if (!first) return;
        event.preventDefault();
        first.focus({ preventScroll: true });
      }
    };
    root.addEventListener('keydown', onKeyDown);
    return () => root.removeEventListener('keydown', onKeyDown);
  }, [container, current, dismiss]);

  const key = reading?.kind === 'quote' ? `${reading.part.paragraph}:${reading.part.start}:${reading.part.end}` : (reading?.kind ?? '');
  const said =
    reading?.kind === 'quote'
      ? 'Words selected. Press Tab for what to do with them, Escape to close.'
      : reading?.kind === 'headline'
        ? 'The headline cannot be quoted.'
        : reading?.kind === 'several'
          ? 'A quote comes from one paragraph.'
          : '';
  return (
    <>
      {/* Room under the last paragraph, so it can be scrolled up clear of the box of actions under it. */}
      <div className="selection-room" aria-hidden="true" />
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {current && reading && reading.kind !== 'nothing' && (
        <div
          ref={popover}
          className="selection-popover"
          role="dialog"
          aria-label="Selected words"
          style={place ? { top: place.top, left: place.left } : { visibility: 'hidden', top: 0, left: 0 }}
          onMouseDown={(event) => {
            // Pressing a button here must not take the words' selection away; fields still take the pointer.
            if (!(event.target instanceof Element && event.target.closest('input, select, textarea, label'))) event.preventDefault();
          }}
          onBlur={(event) => {
            // Focus left the box (a click on the graph, Tab past its end): it stays only while its words are selected.
            if (!(event.relatedTarget instanceof Node && popover.current?.contains(event.relatedTarget))) queueMicrotask(stillSelected);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            close('dismiss');
          }}
        >
          {reading.kind === 'headline' && (
            <p className="selection-note">The headline cannot be quoted: every quote comes from a paragraph of the article, which is how it stays anchored. Select words in a paragraph below.</p>
          )}
          {reading.kind === 'several' && (
            <p className="selection-note">These words run across {reading.paragraphs} paragraphs, and a quote comes from one paragraph: select words within one.</p>
          )}
          {reading.kind === 'quote' && (
            <QuoteActions key={key} part={reading.part} stillSelected={stillSelected} onDone={() => close('done')} onResize={resized} />
          )}
        </div>
      )}
    </>
  );
}
