import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { Selection } from '../model/selection/selection';
import type { Story } from '../model/story/types';
import { createExplorerStore } from '../store/createExplorerStore';
import { ExplorerStoreProvider } from '../store/ExplorerStoreContext';
import { ExplorerShell } from './ExplorerShell';

interface Props {
  story: Story;
  initialSelection?: Selection | null;
  /** Tour step to open at (0-based); it wins over `initialSelection`, since a step selects for itself. */
  initialStep?: number | null;
  /** Told of every change of selection or tour step (the app mirrors them into the URL). */
  onViewChange?: (view: { selection: Selection | null; step: number | null }) => void;
  onCy?: (cy: Core) => void;
}

/** One explorer with its own store: the app mounts one; tests and embeds may mount several. */
export function Explorer({ story, initialSelection, initialStep, onViewChange, onCy }: Props) {
  const [store] = useState(() => createExplorerStore(story, { selection: initialSelection ?? null, step: initialStep ?? null }));
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!onViewChange) return;
    // Report the state the explorer actually opened with (a link to an unknown id opens with nothing selected).
    onViewChange({ selection: store.getState().selection, step: store.getState().step });
    return store.subscribe((state, previous) => {
      if (state.selection !== previous.selection || state.step !== previous.step) onViewChange({ selection: state.selection, step: state.step });
    });
  }, [store, onViewChange]);

  useEffect(() => {
    // Escape clears the selection unless a control (search, a chooser) used it first. It acts when focus is in
    // this explorer or nowhere in particular, so several explorers on one page do not all clear at once.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Node ? event.target : null;
      if (target === document.body || (target && root.current?.contains(target))) store.getState().clearSelection();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);

  return (
    <ExplorerStoreProvider store={store}>
      <div ref={root} className="explorer-root">
        <ExplorerShell {...(onCy ? { onCy } : {})} />
      </div>
    </ExplorerStoreProvider>
  );
}
