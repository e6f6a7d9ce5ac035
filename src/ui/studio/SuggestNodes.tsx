import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Mention } from '../../model/mentions/mention';
import type { NodeSuggestion } from '../../model/mentions/suggestNodes';
import type { Story } from '../../model/story/types';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectIndex, selectStory } from '../../store/selectors';
import { ShowMoreList } from '../ShowMoreList';
import { FinderHead } from './FinderHead';
import { focusNextItem, plural } from './finderParts';
import { DismissedNames } from './DismissedNames';
import { NodeSuggestionItem } from './NodeSuggestionItem';
import { articleWordsOf, useFinders } from './useFinders';
import { useIdleResult } from './useIdleResult';
import { useNewNodePlace } from './useNewNodePlace';


/**
 * "Suggest nodes": names in the article that are not yet a node or an alias, each to accept as a node (its mentions
 * its quotes), merge into a node as another name, or dismiss (kept with the story). Found only while open.
 */
export function SuggestNodes() {
  const story = useExplorerStore(selectStory);
  const index = useExplorerStore(selectIndex);
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  const showInArticle = useExplorerStore((s) => s.showInArticle);
  const placeNode = useNewNodePlace();
  const finders = useFinders();
  const [open, setOpen] = useState(false);
  const input = useMemo(() => (finders && open ? story : null), [finders, open, story]);
  const result = useIdleResult(input, (s: Story) => (finders ? finders.suggestNodes(s, { words: articleWordsOf(finders, s) }) : []));
  // Taken care of while the list is being found again: gone at once (see FindMentions).
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const [said, setSaid] = useState('');
  const section = useRef<HTMLElement>(null);
  const suggestions = result ? (result.fresh ? result.value : result.value.filter((s) => !gone.has(s.label))) : [];

  /** Runs one edit for a suggestion; when made, the item goes, the news is said and focus moves to the next item. */
  const act = (suggestion: NodeSuggestion, edit: (s: Story) => Story, news: (left: number) => string) => {
    const at = suggestions.indexOf(suggestion);
    let made = false;
    flushSync(() => {
      made = applyEdit(edit);
      if (!made) return;
      setGone((before) => new Set(before).add(suggestion.label));
      setSaid(news(suggestions.length - 1));
    });
    if (!made) return;
    focusNextItem(section.current, at, '.suggestion-first');
  };
  const left = (n: number) => `${plural(n, 'suggestion', 'suggestions')} left.`;
  const show = (m: Mention) => showInArticle({ evidence: m, paragraphId: m.paragraph, start: m.start, end: m.end, owner: { kind: 'node', id: '' } });

  return (
    <section className="studio-section finder" aria-label="Suggested nodes" ref={section}>
      <FinderHead title="Suggested nodes" noun="nodes" open={open} onToggle={() => setOpen(!open)} said={said} finding={!result} />
      {open && result && finders && (
        <>
          <p className="finder-count">
            {suggestions.length === 0 ? 'No names left to suggest.' : `${plural(suggestions.length, 'name', 'names')} not yet a node`}
            {!result.fresh && <span className="muted"> · updating…</span>}
          </p>
          <ShowMoreList
            owner="suggested-nodes"
            items={suggestions}
            pageSize={10}
            noun="names"
            className="finder-list"
            itemKey={(s) => s.label}
            renderItem={(suggestion) => (
              <NodeSuggestionItem
                suggestion={suggestion}
                nodes={story.nodes}
                paragraphNumber={(id) => index.paragraphNumber.get(id) ?? id}
                onShow={show}
                onAccept={() =>
                  act(
                    suggestion,
                    (s) => finders.acceptSuggestion(s, suggestion, placeNode()).story,
                    (n) => `Added node ${suggestion.label} with ${plural(suggestion.mentions.length, 'quote', 'quotes')}; ${left(n)}`,
                  )
                }
                onMerge={(nodeId) =>
                  act(
                    suggestion,
                    (s) => finders.mergeSuggestion(s, suggestion, nodeId),
                    (n) => `Merged ${suggestion.label} into ${index.nodes.get(nodeId)?.label ?? 'the node'} as another name; ${left(n)}`,
                  )
                }
                onDismiss={() => act(suggestion, (s) => finders.dismissName(s, suggestion.label), (n) => `Dismissed ${suggestion.label}; ${left(n)}`)}
              />
            )}
          />
          <DismissedNames names={story.dismissed ?? []} onRestore={(name) => applyEdit((s) => finders.undismissName(s, name))} />
        </>
      )}
    </section>
  );
}
