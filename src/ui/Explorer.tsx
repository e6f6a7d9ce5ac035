import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { Selection } from '../model/selection/selection';
import type { Story } from '../model/story/types';
import { createExplorerStore } from '../store/createExplorerStore';
import { ExplorerStoreProvider } from '../store/ExplorerStoreContext';
import { ExplorerShell } from './ExplorerShell';

interface Props {
  story: Story;
  initialSelection?: Selection | null;
  /** Told of every selection change (the app mirrors it into the URL). */
  onSelectionChange?: (selection: Selection | null) => void;
  onCy?: (cy: Core) => void;
}

/** One explorer with its own store: the app mounts one; tests and embeds may mount several. */
export function Explorer({ story, initialSelection, onSelectionChange, onCy }: Props) {
  const [store] = useState(() => createExplorerStore(story, { selection: initialSelection ?? null }));

  useEffect(() => {
    if (!onSelectionChange) return;
    return store.subscribe((state, previous) => {
      if (state.selection !== previous.selection) onSelectionChange(state.selection);
    });
  }, [store, onSelectionChange]);

  useEffect(() => {
    // Escape clears the selection unless a control (search, a chooser) used it first.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) store.getState().clearSelection();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);

  return (
    <ExplorerStoreProvider store={store}>
      <ExplorerShell {...(onCy ? { onCy } : {})} />
    </ExplorerStoreProvider>
  );
}
