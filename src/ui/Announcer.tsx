import { useEffect, useState } from 'react';
import { announceSelection } from '../model/graph/describe';
import { useExplorerStoreApi } from '../store/ExplorerStoreContext';

/** A polite live region: screen readers hear each selection change (not the state the page opened with). */
export function Announcer() {
  const store = useExplorerStoreApi();
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selection !== previous.selection) setMessage(announceSelection(state.index, state.selection));
      }),
    [store],
  );
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
