import { useEffect, useRef, useState } from 'react';
import type { Selection } from '../model/selection/selection';
import type { Story } from '../model/story/types';
import { createExplorerStore, type ExplorerStore } from '../store/createExplorerStore';
import type { Theme } from '../store/viewSlice';
import type { RendererPreference } from '../model/view/rendererPreference';

/** What every explorer (full or embedded) is opened with, and what it tells its host. */
export interface ExplorerSetup {
  story: Story;
  initialSelection?: Selection | null;
  /** Tour step to open at (0-based); it wins over `initialSelection`, since a step selects for itself. */
  initialStep?: number | null;
  /** Told of every change of selection or tour step (the app mirrors them into the URL). */
  onViewChange?: (view: { selection: Selection | null; step: number | null }) => void;
  /** Hands the store to a host (the embed APIs drive it); called once. */
  onStore?: (store: ExplorerStore) => void;
  theme?: Theme;
  /** Cytoscape renderer asked for (`?renderer=webgl|canvas`); read once, when the explorer opens. */
  renderer?: RendererPreference;
}

/**
 * Creates one explorer's own store and wires what both layouts share: the host's callbacks, the theme, and
 * Escape (which clears the selection unless a control or dialog used it, and only for the explorer in focus).
 */
export function useExplorerStoreSetup(
  setup: ExplorerSetup,
  layout: 'full' | 'compact',
  configure?: (store: ExplorerStore) => void,
): { store: ExplorerStore; root: React.RefObject<HTMLDivElement | null> } {
  const { story, initialSelection, initialStep, onViewChange, onStore, theme, renderer } = setup;
  const [store] = useState(() => {
    const created = createExplorerStore(story, { selection: initialSelection ?? null, step: initialStep ?? null, layout, ...(theme ? { theme } : {}), ...(renderer ? { renderer } : {}) });
    configure?.(created);
    return created;
  });
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    onStore?.(store);
  }, [store, onStore]);

  useEffect(() => {
    if (theme) store.getState().setTheme(theme);
  }, [store, theme]);

  useEffect(() => {
    if (!onViewChange) return;
    // Report the state the explorer actually opened with (a link to an unknown id opens with nothing selected).
    onViewChange({ selection: store.getState().selection, step: store.getState().step });
    return store.subscribe((state, previous) => {
      if (state.selection !== previous.selection || state.step !== previous.step) onViewChange({ selection: state.selection, step: state.step });
    });
  }, [store, onViewChange]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // composedPath reaches inside a shadow root (the <quote-graph> element), where event.target is retargeted.
      const path = event.composedPath();
      if (path.some((node) => node instanceof HTMLDialogElement)) return;
      // Escape in a text field belongs to the field (a curator's unsaved typing is not a reason to deselect).
      const origin = path[0];
      if (origin instanceof HTMLInputElement || origin instanceof HTMLTextAreaElement || origin instanceof HTMLSelectElement) return;
      const inHere = root.current !== null && path.includes(root.current);
      if (inHere || (layout === 'full' && event.target === document.body)) store.getState().clearSelection();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, layout]);

  return { store, root };
}
