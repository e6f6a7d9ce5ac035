import { useId, useState } from 'react';
import { segmentParagraph, type Segment } from '../model/article/segmentParagraph';
import { describeSelection } from '../model/graph/describe';
import { ownerKey, type AnchoredEvidence } from '../model/graph/storyIndex';
import type { Selection } from '../model/selection/selection';
import type { Paragraph } from '../model/story/types';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex } from '../store/selectors';

interface Props {
  paragraph: Paragraph;
  number: number;
  evidence: readonly AnchoredEvidence[];
  /** `node:<id>` / `edge:<id>` of the selection, whose passages are highlighted. */
  currentKey: string | null;
  /** The passage "Show in article" asked for, when it is in this paragraph. */
  focus: AnchoredEvidence | null;
}

function ownersOf(segment: Segment<AnchoredEvidence>): Selection[] {
  const seen = new Map<string, Selection>();
  for (const item of segment.covering) seen.set(ownerKey(item.owner), item.owner);
  return [...seen.values()];
}

/** One paragraph, cut into plain text and evidence passages; a passage selects what it supports. */
export function ArticleParagraph({ paragraph, number, evidence, currentKey, focus }: Props) {
  const index = useExplorerStore(selectIndex);
  const select = useExplorerStore((s) => s.select);
  const [choices, setChoices] = useState<Selection[] | null>(null);
  const chooserId = useId();
  const segments = segmentParagraph(paragraph.text, evidence);
  const isInFocus = (segment: Segment<AnchoredEvidence>) =>
    focus !== null && segment.covering.length > 0 && segment.start >= focus.start && segment.end <= focus.end;
  const firstFocused = segments.find(isInFocus);
  return (
    <div className="article-paragraph" id={`paragraph-${paragraph.id}`} data-paragraph={paragraph.id}>
      <p>
        <span className="paragraph-number" aria-hidden="true">
          {number}
        </span>
        {segments.map((segment) => {
          if (segment.covering.length === 0) return <span key={segment.start}>{segment.text}</span>;
          const owners = ownersOf(segment);
          const first = owners[0];
          if (!first) return null;
          const isCurrent = currentKey !== null && owners.some((o) => ownerKey(o) === currentKey);
          const isFocused = isInFocus(segment);
          const isFirstFocused = segment === firstFocused;
          const names = owners.map((o) => describeSelection(index, o)).join('; ');
          const href = `?${first.kind}=${encodeURIComponent(first.id)}`;
          return (
            <a
              key={segment.start}
              href={href}
              className={['passage', isCurrent ? 'is-current' : '', isFocused ? 'is-focused' : ''].join(' ').trim()}
              title={`Evidence for: ${names}`}
              data-focus-first={isFirstFocused ? 'true' : undefined}
              aria-expanded={owners.length > 1 ? choices !== null : undefined}
              aria-controls={owners.length > 1 ? chooserId : undefined}
              onClick={(event) => {
                event.preventDefault();
                if (owners.length === 1) select(first, { centre: true });
                else setChoices(owners);
              }}
            >
              {segment.text}
            </a>
          );
        })}
      </p>
      {choices && (
        <div
          className="passage-chooser"
          id={chooserId}
          role="group"
          aria-label="This passage supports"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setChoices(null);
            }
          }}
        >
          <span className="muted">This passage supports:</span>
          {choices.map((owner) => (
            <button
              key={ownerKey(owner)}
              type="button"
              className="chip"
              onClick={() => {
                setChoices(null);
                select(owner, { centre: true });
              }}
            >
              {owner.kind === 'edge' ? 'Relation: ' : ''}
              {describeSelection(index, owner)}
            </button>
          ))}
          <button type="button" className="text-button" onClick={() => setChoices(null)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
