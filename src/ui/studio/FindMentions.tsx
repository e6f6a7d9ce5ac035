import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { describeSelection } from '../../model/graph/describe';
import type { Selection } from '../../model/selection/selection';
import type { Mention, Mentions } from '../../model/mentions/mention';
import { addEvidence } from '../../model/studio/storyEdits';
import { LIMITS } from '../../model/story/storyLimits';
import type { Story } from '../../model/story/types';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectIndex, selectSelection, selectStory } from '../../store/selectors';
import { ShowMoreList } from '../ShowMoreList';
import { focusNextItem, plural } from './finderParts';
import { MentionSentence } from './MentionSentence';
import { namedArticle, useFinders, type Finders } from './useFinders';
import { useIdleResult } from './useIdleResult';

const mentionKey = (m: Mention) => `${m.paragraph}:${m.start}:${m.end}`;

/** The selected node's (or relation's) passages not yet quoted. */
function findFor(finders: Finders, story: Story, selection: Selection): Mentions {
  const named = namedArticle(finders, story);
  if (selection.kind === 'node') return finders.nodeMentions(story, selection.id, { named });
  const edge = story.edges.find((e) => e.id === selection.id);
  return edge ? finders.relationMentions(story, edge, { named }) : { mentions: [], left: 0 };
}

/**
 * "Find mentions": every place the article names the selected node (or, for a relation, a sentence naming both ends)
 * that no quote of it covers yet, each a click from being its evidence; or all at once, as one step Undo takes back.
 */
export function FindMentions() {
  const story = useExplorerStore(selectStory);
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  const showInArticle = useExplorerStore((s) => s.showInArticle);
  const finders = useFinders();
  const input = useMemo(() => (finders && selection ? { story, selection } : null), [finders, story, selection]);
  const result = useIdleResult(input, (i) => (finders ? findFor(finders, i.story, i.selection) : { mentions: [], left: 0 }));
  // Added while the list is being found again: gone at once, so the click is seen and focus has a next item (only a
  // list not yet found again is filtered by it).
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [said, setSaid] = useState('');
  const section = useRef<HTMLElement>(null);
  if (!selection) return null;
  const owner = selection.kind === 'node' ? index.nodes.get(selection.id) : index.edges.get(selection.id);
  if (!owner) return null;
  const name = describeSelection(index, selection);
  const mentions = result ? (result.fresh ? result.value.mentions : result.value.mentions.filter((m) => !added.has(mentionKey(m)))) : [];
  const room = LIMITS.evidence - owner.evidence.length;
  const noun = selection.kind === 'node' ? ['mention', 'mentions'] as const : ['sentence', 'sentences'] as const;
  const heading = () => section.current?.querySelector<HTMLElement>('h4');

  const addOne = (mention: Mention, at: number) => {
    if (!finders) return;
    const left = mentions.length - 1;
    flushSync(() => {
      if (!applyEdit((s) => addEvidence(s, selection, finders.evidenceOf(mention)))) return;
      setAdded((before) => new Set(before).add(mentionKey(mention)));
      setSaid(`Added as evidence to ${name}; ${plural(left, noun[0], noun[1])} left.`);
    });
    focusNextItem(section.current, at, '.mention-add', 'h4');
  };
  const addAll = () => {
    if (!finders) return;
    const taken = mentions.slice(0, Math.max(0, room));
    flushSync(() => {
      const made = applyEdit((s) => taken.reduce((next, m) => addEvidence(next, selection, finders.evidenceOf(m)), s));
      if (!made) return;
      setAdded((before) => new Set([...before, ...taken.map(mentionKey)]));
      const rest = mentions.length - taken.length;
      setSaid(`Added ${plural(taken.length, 'quote', 'quotes')} to ${name}${rest > 0 ? `; ${rest} left (at most ${LIMITS.evidence} quotes)` : ''}. Undo takes them all back.`);
    });
    heading()?.focus();
  };

  return (
    <section className="studio-section finder" aria-label={`Mentions of ${name} not yet quoted`} ref={section}>
      <h4 tabIndex={-1}>{selection.kind === 'node' ? 'Find mentions' : 'Sentences naming both ends'}</h4>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {!result ? (
        <p className="muted" role="status">
          Finding mentions…
        </p>
      ) : (
        <>
          <p className="finder-count">
            {mentions.length === 0 ? `No ${noun[1]} not yet quoted.` : `${plural(mentions.length, noun[0], noun[1])} not yet quoted`}
            {result.value.left > 0 && ` (and ${result.value.left.toLocaleString('en')} more not listed)`}
            {!result.fresh && <span className="muted"> · updating…</span>}
          </p>
          {mentions.length > 1 && room > 0 && (
            <button type="button" className="chip" onClick={addAll}>
              Add all {Math.min(mentions.length, room)} as evidence
            </button>
          )}
          {room <= 0 && mentions.length > 0 && <p className="muted">At most {LIMITS.evidence} quotes: remove one to add another.</p>}
          <ShowMoreList
            owner={`${selection.kind}:${selection.id}`}
            items={mentions}
            pageSize={10}
            noun={noun[1]}
            className="finder-list"
            itemKey={mentionKey}
            renderItem={(mention) => {
              const paragraph = index.paragraphs.get(mention.paragraph);
              const number = index.paragraphNumber.get(mention.paragraph) ?? mention.paragraph;
              return (
                <>
                  {paragraph && finders && <MentionSentence paragraph={paragraph} start={mention.start} end={mention.end} sentences={finders.sentenceSpans} />}{' '}
                  <span className="finder-actions">
                    <button
                      type="button"
                      className="text-button"
                      onClick={() => showInArticle({ evidence: mention, paragraphId: mention.paragraph, start: mention.start, end: mention.end, owner: selection })}
                    >
                      ¶ {number}
                      <span className="visually-hidden"> (show in article)</span>
                    </button>
                    {room > 0 && (
                      <button type="button" className="chip mention-add" onClick={() => addOne(mention, mentions.indexOf(mention))}>
                        Add as evidence<span className="visually-hidden"> from paragraph {number}</span>
                      </button>
                    )}
                  </span>
                </>
              );
            }}
          />
        </>
      )}
    </section>
  );
}
