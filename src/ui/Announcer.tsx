import { useEffect, useState } from 'react';
import { announceFilter, announceSelection, announceStep } from '../model/graph/describe';
import { useExplorerStoreApi } from '../store/ExplorerStoreContext';
import type { ExplorerState } from '../store/explorerState';

/** What changed between two states that a screen reader should hear, or null for nothing. */
function announcement(now: ExplorerState, before: ExplorerState): string | null {
  // A tour step says more than the selection it makes, so it wins.
  if (now.step !== null && now.step !== before.step) return announceStep(now.story.steps ?? [], now.step);
  // Focus goes back to the Guided tour button, whose name does not say the tour is over.
  if (now.step === null && before.step !== null) return 'Guided tour ended.';
  const selected = now.selection !== before.selection;
  // A search for a node of a hidden type shows the type again: the selection is the news.
  if (selected && now.selection !== null) return announceSelection(now.index, now.selection);
  if (now.hiddenTypes !== before.hiddenTypes) {
    // Hiding a type can take the selection with it.
    const filter = announceFilter(now.story.nodes, before.hiddenTypes, now.hiddenTypes);
    return selected ? `${filter} ${announceSelection(now.index, null)}` : filter;
  }
  if (selected) return announceSelection(now.index, now.selection);
  return null;
}

/**
 * A polite live region: screen readers hear each selection change (not the state the page opened with), each
 * guided tour step's title and text (and its end), and what a legend filter hid or showed. An action made of several
 * store updates (a tour step sets the step, then the selection) is announced once, after the last of them.
 */
export function Announcer() {
  const store = useExplorerStoreApi();
  const [message, setMessage] = useState('');
  useEffect(() => {
    let before: ExplorerState | null = null;
    return store.subscribe((_state, previous) => {
      if (before) return;
      before = previous;
      queueMicrotask(() => {
        const said = before && announcement(store.getState(), before);
        before = null;
        if (said !== null) setMessage(said);
      });
    });
  }, [store]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
