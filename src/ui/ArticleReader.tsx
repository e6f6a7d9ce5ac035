import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { ownerKey, type AnchoredEvidence } from '../model/graph/storyIndex';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectArticleFocus, selectIndex, selectSelection, selectStory } from '../store/selectors';
import { prefersReducedMotion } from '../graph/viewport';
import { ArticleParagraph } from './ArticleParagraph';
import { useProgressiveCount } from './useProgressiveCount';

// The studio's actions on selected words load with the studio, not for readers.
const SelectionActions = lazy(() => import('./studio/SelectionActions').then((module) => ({ default: module.SelectionActions })));

/** One empty list for every paragraph without evidence, so their memoised rendering holds. */
const NO_EVIDENCE: readonly AnchoredEvidence[] = [];

/** How far each key moves focus among the article's passages. */
const PASSAGE_KEYS = new Map<string, number | 'first' | 'last'>([
  ['ArrowDown', 1],
  ['ArrowRight', 1],
  ['ArrowUp', -1],
  ['ArrowLeft', -1],
  ['Home', 'first'],
  ['End', 'last'],
]);

/** The evidence passage (a link) an event comes from, if any. */
const passageOf = (target: EventTarget) => (target instanceof HTMLElement && target.matches('a.passage') ? target : null);

/** The whole article. Evidence passages are marked; the selection's are highlighted; "Show in article" lands here. */
export function ArticleReader() {
  const story = useExplorerStore(selectStory);
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const focus = useExplorerStore(selectArticleFocus);
  const editing = useExplorerStore((s) => s.editing);
  const section = useRef<HTMLElement>(null);
  const titleId = useId();
  // The passage Tab reaches (a roving tabindex): the one last focused, for the story it was focused in.
  const [stop, setStop] = useState<{ index: typeof index; paragraphId: string; offset: number } | null>(null);

  useEffect(() => {
    if (!focus) return;
    const panel = section.current;
    const target = panel?.querySelector<HTMLElement>('[data-focus-first]');
    if (!panel || !target) return;
    // Scroll only the article panel (never the page around it, which may be a newsroom's article), centring the passage.
    const offset = target.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    const top = Math.max(0, offset - panel.clientHeight / 2 + target.offsetHeight / 2);
    panel.scrollTo?.({ top, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    // A quote shown from the panels takes focus; a tour step's paragraph does not: focus stays on the tour's Next.
    if (focus.range !== null) target.focus({ preventScroll: true });
  }, [focus]);

  const { article } = story;
  const currentKey = selection ? ownerKey(selection) : null;
  // The paragraphs quoting the selection, from the index: a lookup, not a pass over every quote per selection.
  const quotingCurrent = useMemo(
    () => new Set((currentKey ? index.evidenceByOwner.get(currentKey) : undefined)?.map((e) => e.paragraphId)),
    [index, currentKey],
  );
  // A long article renders its first paragraphs at once and the rest when the page is idle (see useProgressiveCount).
  const focusIndex = focus ? article.paragraphs.findIndex((p) => p.id === focus.paragraphId) : -1;
  const rendered = useProgressiveCount(article.paragraphs.length, focusIndex);
  // Until a passage has had focus, the first one in the article is the Tab stop.
  const current = stop?.index === index ? stop : null;
  const firstQuoted = useMemo(() => article.paragraphs.find((p) => index.evidenceByParagraph.has(p.id))?.id, [article, index]);
  const tabStopIn = (paragraphId: string) =>
    current ? (current.paragraphId === paragraphId ? current.offset : null) : paragraphId === firstQuoted ? 'first' : null;
  const onFocus = (event: FocusEvent) => {
    const passage = passageOf(event.target);
    const paragraphId = passage?.closest<HTMLElement>('[data-paragraph]')?.dataset.paragraph;
    if (passage && paragraphId !== undefined) setStop({ index, paragraphId, offset: Number(passage.dataset.offset) });
  };
  // Ninety passages are one Tab stop; the arrow keys go from one to the next (browse mode reaches them all anyway).
  const onKeyDown = (event: KeyboardEvent) => {
    const passage = passageOf(event.target);
    const move = passage ? PASSAGE_KEYS.get(event.key) : undefined;
    if (!passage || move === undefined || !section.current) return;
    const passages = [...section.current.querySelectorAll<HTMLElement>('a.passage')];
    const at = passages.indexOf(passage);
    const to = move === 'first' ? 0 : move === 'last' ? passages.length - 1 : Math.min(passages.length - 1, Math.max(0, at + move));
    event.preventDefault();
    passages[to]?.focus();
  };
  return (
    // In the studio the passages are plain text (for selecting words), so nothing inside takes focus: the panel
    // itself does, named by the article's title, for the arrow keys to scroll it. A reader's Tab reaches one passage
    // link, the arrow keys the others.
    <section className="panel article-panel" aria-labelledby={titleId} ref={section} tabIndex={editing ? 0 : undefined} onFocus={onFocus} onKeyDown={onKeyDown}>
      <header className="article-header">
        <p className="details-kind">The article</p>
        {/* Focused by the "Skip to the article" link. */}
        <h2 id={titleId} tabIndex={-1}>
          {article.title}
        </h2>
        {!article.source && <p className="muted article-source">Source not given; the title describes the article.</p>}
        {article.source && (
          <p className="muted article-source">
            {article.source.url ? (
              <a href={article.source.url} target="_blank" rel="noopener noreferrer">
                {article.source.name ?? article.source.url}
              </a>
            ) : (
              article.source.name
            )}
            {article.source.published && <> · {article.source.published}</>}
          </p>
        )}
        {!editing && firstQuoted !== undefined && (
          <p className="muted article-hint">Underlined passages are evidence for the graph; the arrow keys go from one to the next.</p>
        )}
      </header>
      {article.paragraphs.slice(0, rendered).map((paragraph, i) => (
        <ArticleParagraph
          key={paragraph.id}
          paragraph={paragraph}
          number={i + 1}
          evidence={index.evidenceByParagraph.get(paragraph.id) ?? NO_EVIDENCE}
          // Only paragraphs that quote the selection get its key, so the others (memoised) skip re-rendering.
          currentKey={quotingCurrent.has(paragraph.id) ? currentKey : null}
          focus={focus && focus.paragraphId === paragraph.id ? focus : null}
          tabStop={tabStopIn(paragraph.id)}
        />
      ))}
      {editing && (
        <Suspense fallback={null}>
          <SelectionActions container={section} />
        </Suspense>
      )}
    </section>
  );
}
