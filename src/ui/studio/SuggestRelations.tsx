import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { RelationSuggestion } from '../../model/mentions/suggestRelations';
import type { Story } from '../../model/story/types';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectIndex, selectStory } from '../../store/selectors';
import { ShowMoreList } from '../ShowMoreList';
import { FinderHead } from './FinderHead';
import { focusNextItem, plural } from './finderParts';
import { RelationFromQuote } from './RelationFromQuote';
import { namedArticle, useFinders } from './useFinders';
import { useIdleResult } from './useIdleResult';

const pairKey = (r: RelationSuggestion) => `${r.source}\u0000${r.target}`;

/**
 * "Suggest relations": two nodes named in one sentence with no relation between them, the sentence offered as the
 * first quote. Accept opens the relation form (the one selected words open) with the ends and the quote filled in;
 * Dismiss hides the pair until the studio closes (the story keeps dismissed names, not pairs).
 */
export function SuggestRelations() {
  const story = useExplorerStore(selectStory);
  const index = useExplorerStore(selectIndex);
  const finders = useFinders();
  const [open, setOpen] = useState(false);
  const input = useMemo(() => (finders && open ? story : null), [finders, open, story]);
  const result = useIdleResult(input, (s: Story) => (finders ? finders.suggestRelations(s, { named: namedArticle(finders, s), limit: 5 }) : []));
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [accepting, setAccepting] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const section = useRef<HTMLElement>(null);
  const all = result ? result.value.filter((r) => !dismissed.has(pairKey(r))) : [];
  const pairs = result?.fresh ? all : all.filter((r) => !gone.has(pairKey(r)));
  const name = (id: string) => index.nodes.get(id)?.label ?? id;
  const title = (r: RelationSuggestion) => `${name(r.source)} and ${name(r.target)}`;

  /** The pair goes (made into a relation, or dismissed): say so, and move focus to the next pair or the heading. */
  const remove = (r: RelationSuggestion, news: string, hide: (key: string) => void) => {
    const at = pairs.indexOf(r);
    flushSync(() => {
      hide(pairKey(r));
      setAccepting(null);
      setSaid(`${news}; ${plural(pairs.length - 1, 'pair', 'pairs')} left.`);
    });
    focusNextItem(section.current, at, '.suggestion-first');
  };

  return (
    <section className="studio-section finder" aria-label="Suggested relations" ref={section}>
      <FinderHead title="Suggested relations" noun="relations" open={open} onToggle={() => setOpen(!open)} said={said} finding={!result} />
      {open && result && (
        <>
          <p className="finder-count">
            {pairs.length === 0 ? 'No pairs left to suggest.' : `${plural(pairs.length, 'pair', 'pairs')} named together with no relation yet`}
            {!result.fresh && <span className="muted"> · updating…</span>}
          </p>
          <ShowMoreList
            owner="suggested-relations"
            items={pairs}
            pageSize={10}
            noun="pairs"
            className="finder-list"
            itemKey={pairKey}
            renderItem={(r) => {
              const sentence = r.sentences[0];
              if (!sentence) return null;
              const key = pairKey(r);
              const more = r.sentences.length - 1 + r.left;
              return (
                <>
                  <p className="suggestion-name">
                    <strong>{title(r)}</strong>
                    {more > 0 && <span className="muted"> · {plural(more + 1, 'sentence', 'sentences')}</span>}
                  </p>
                  <p>
                    <span className="mention-sentence">{sentence.quote}</span> <span className="muted">¶ {index.paragraphNumber.get(sentence.paragraph) ?? sentence.paragraph}</span>
                  </p>
                  {accepting === key && finders ? (
                    <RelationFromQuote
                      evidence={finders.evidenceOf(sentence)}
                      ends={{ source: r.source, target: r.target }}
                      onDone={() => remove(r, `Added a relation between ${title(r)}`, (k) => setGone((before) => new Set(before).add(k)))}
                      onCancel={() => {
                        flushSync(() => setAccepting(null));
                        section.current?.querySelector<HTMLElement>(`[data-pair="${CSS.escape(key)}"]`)?.focus();
                      }}
                    />
                  ) : (
                    <div className="finder-actions">
                      <button type="button" className="chip suggestion-first" data-pair={key} onClick={() => setAccepting(key)}>
                        Accept…<span className="visually-hidden"> a relation between {title(r)}</span>
                      </button>
                      <button
                        type="button"
                        className="text-button"
                        onClick={() => remove(r, `Dismissed ${title(r)}`, (k) => setDismissed((before) => new Set(before).add(k)))}
                      >
                        Dismiss<span className="visually-hidden"> {title(r)}</span>
                      </button>
                    </div>
                  )}
                </>
              );
            }}
          />
        </>
      )}
    </section>
  );
}
