import { memo, useId, useMemo, useRef, useState } from 'react';
import { isLinkable, passageOwners } from '../model/article/passageOwners';
import { segmentParagraph, type Segment } from '../model/article/segmentParagraph';
import { describeSelection } from '../model/graph/describe';
import { ownerKey, type AnchoredEvidence } from '../model/graph/storyIndex';
import type { Selection } from '../model/selection/selection';
import { searchWithSelection } from '../model/selection/selectionUrl';
import type { Paragraph } from '../model/story/types';
import type { ArticleFocus } from '../store/readerSlice';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex } from '../store/selectors';
import { useGraph } from '../graph/useGraph';
import { focusAfter } from './focusAfter';

interface Props {
  paragraph: Paragraph;
  number: number;
  evidence: readonly AnchoredEvidence[];
  /** `node:<id>` / `edge:<id>` of the selection, whose passages are highlighted. */
  currentKey: string | null;
  /** Where the reader was asked to go, when it is in this paragraph: a passage, or the whole paragraph. */
  focus: ArticleFocus | null;
  /**
   * The article's one Tab stop among its passages (a roving tabindex, see ArticleReader), when it is in this
   * paragraph: the passage at this offset, or its first passage.
   */
  tabStop: number | 'first' | null;
}

/** One paragraph, cut into plain text and evidence passages; a passage selects the most specific thing it supports. */
export const ArticleParagraph = memo(function ArticleParagraph({ paragraph, number, evidence, currentKey, focus, tabStop }: Props) {
  const index = useExplorerStore(selectIndex);
  const graph = useGraph();
  // In the studio, passages are plain marked text so words can be selected across them.
  const editing = useExplorerStore((s) => s.editing);
  // The passage (by start offset) whose other supported things are listed below the paragraph.
  const [openAt, setOpenAt] = useState<number | null>(null);
  const chooserId = useId();
  const container = useRef<HTMLDivElement>(null);
  // Cut once per text and evidence, not on every selection change (which re-renders every paragraph).
  const segments = useMemo(() => segmentParagraph(paragraph.text, evidence), [paragraph.text, evidence]);
  const range = focus?.range ?? null;
  const isInFocus = (segment: Segment<AnchoredEvidence>) =>
    range !== null && segment.covering.length > 0 && segment.start >= range.start && segment.end <= range.end;
  const wholeParagraph = focus !== null && range === null;
  const firstFocused = segments.find(isInFocus);
  const stopAt = tabStop === 'first' ? segments.find((s) => s.covering.length > 0 && isLinkable(s.text))?.start : tabStop;
  const open = segments.find((s) => s.start === openAt);
  // Closing the chooser removes the button that had focus: it goes back to the passage that opened it.
  const closeChooser = (from: Element, then?: () => void) => {
    const passage = container.current?.querySelector<HTMLElement>(`a.passage[data-offset="${openAt}"]`);
    focusAfter(
      from,
      () => {
        setOpenAt(null);
        then?.();
      },
      () => passage,
    );
  };
  const others = open ? passageOwners(open).slice(1) : [];

  return (
    <div
      className={wholeParagraph ? 'article-paragraph is-focused-paragraph' : 'article-paragraph'}
      ref={container}
      data-paragraph={paragraph.id}
      data-focus-first={wholeParagraph ? 'true' : undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && openAt !== null) {
          event.preventDefault();
          closeChooser(event.currentTarget);
        }
      }}
    >
      <p>
        <span className="paragraph-number" aria-hidden="true">
          {number}
        </span>
        {segments.map((segment) => {
          const owners = passageOwners(segment);
          const first = owners[0];
          if (!first) {
            return (
              <span key={segment.start} data-offset={segment.start}>
                {segment.text}
              </span>
            );
          }
          const current = owners.some((o) => ownerKey(o) === currentKey);
          const classes = ['passage', current ? 'is-current' : '', isInFocus(segment) ? 'is-focused' : ''].join(' ').trim();
          // Said to screen readers too, not only drawn: the passages of what is selected.
          const ariaCurrent = current ? 'true' : undefined;
          if (editing || !isLinkable(segment.text)) {
            return (
              <span key={segment.start} className={classes} data-offset={segment.start} aria-current={ariaCurrent}>
                {segment.text}
              </span>
            );
          }
          const several = owners.length > 1;
          return (
            <a
              key={segment.start}
              href={searchWithSelection(window.location.search, first)}
              className={classes}
              data-offset={segment.start}
              tabIndex={segment.start === stopAt ? 0 : -1}
              aria-current={ariaCurrent}
              title={`Evidence for: ${owners.map((o) => describeSelection(index, o)).join('; ')}`}
              data-focus-first={segment === firstFocused ? 'true' : undefined}
              aria-expanded={several ? openAt === segment.start : undefined}
              aria-controls={several ? chooserId : undefined}
              onClick={(event) => {
                event.preventDefault();
                graph.show(first);
                setOpenAt(several ? segment.start : null);
              }}
            >
              {segment.text}
            </a>
          );
        })}
      </p>
      {others.length > 0 && (
        <div className="passage-chooser" id={chooserId} role="group" aria-label="This passage also supports">
          <span className="muted">This passage also supports:</span>
          {others.map((owner: Selection) => (
            <button
              key={ownerKey(owner)}
              type="button"
              className="chip"
              onClick={(event) => closeChooser(event.currentTarget, () => graph.show(owner))}
            >
              {owner.kind === 'edge' ? 'Relation: ' : ''}
              {describeSelection(index, owner)}
            </button>
          ))}
          <button type="button" className="text-button" onClick={(event) => closeChooser(event.currentTarget)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
});
