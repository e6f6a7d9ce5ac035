import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { Selection } from '../model/selection/selection';
import type { Story } from '../model/story/types';
import { createExplorerStore } from '../store/createExplorerStore';
import { ExplorerStoreProvider } from '../store/ExplorerStoreContext';
import type { ExplorerStore } from '../store/createExplorerStore';
import type { Theme } from '../store/viewSlice';
import { EmbedShell } from './EmbedShell';
import { ExplorerShell } from './ExplorerShell';
import type { EmbedSource } from './EmbedDialog';
import type { OpenRequest } from './openRequest';
import type { StudioActions } from './ExplorerShell';
import type { ViewLink } from './viewLink';

interface Props {
  story: Story;
  initialSelection?: Selection | null;
  /** Tour step to open at (0-based); it wins over `initialSelection`, since a step selects for itself. */
  initialStep?: number | null;
  /** Told of every change of selection or tour step (the app mirrors them into the URL). */
  onViewChange?: (view: { selection: Selection | null; step: number | null }) => void;
  onCy?: (cy: Core) => void;
  /** Hands the store to a host (the embed APIs drive it); called once. */
  onStore?: (store: ExplorerStore) => void;
  /** 'compact' for embeds: graph and quote drawer; `explorerLink` then builds the "open in full explorer" link. */
  layout?: 'full' | 'compact';
  explorerLink?: ViewLink;
  theme?: Theme;
  /** Where the app and story are served from, for the Embed dialog's snippets (full layout only). */
  embedSource?: EmbedSource;
  /** Offered in the full layout: the reader asks to open another story (file or URL). */
  onOpenStory?: (request: OpenRequest) => void;
  /** Offered in the full layout: the curation studio's app-level actions. */
  studio?: StudioActions;
  /** Open in the studio (a restored draft, a new story). */
  initialEditing?: boolean;
  /** False for a story started here that no reader has seen (its edits need no correction note). */
  published?: boolean;
}

/** One explorer with its own store: the app mounts one; tests and embeds may mount several. */
export function Explorer({ story, initialSelection, initialStep, onViewChange, onCy, onStore, layout = 'full', explorerLink, theme, embedSource, onOpenStory, studio, initialEditing, published = true }: Props) {
  const [store] = useState(() => {
    const created = createExplorerStore(story, { selection: initialSelection ?? null, step: initialStep ?? null, layout, ...(theme ? { theme } : {}) });
    if (!published) created.setState({ published: false });
    if (initialEditing) created.getState().setEditing(true);
    return created;
  });

  useEffect(() => {
    onStore?.(store);
  }, [store, onStore]);

  useEffect(() => {
    if (theme) store.getState().setTheme(theme);
  }, [store, theme]);
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
      // composedPath reaches inside a shadow root (the <quote-graph> element), where event.target is retargeted.
      // Escape inside a dialog closes the dialog only; on a page of embeds, focus must be in this one.
      const path = event.composedPath();
      if (path.some((node) => node instanceof HTMLDialogElement)) return;
      const inHere = root.current !== null && path.includes(root.current);
      if (inHere || (layout === 'full' && event.target === document.body)) store.getState().clearSelection();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, layout]);

  return (
    <ExplorerStoreProvider store={store}>
      <div ref={root} className="explorer-root">
        {layout === 'compact' ? (
          <EmbedShell {...(onCy ? { onCy } : {})} explorerLink={explorerLink ?? (() => './')} />
        ) : (
          <ExplorerShell {...(onCy ? { onCy } : {})} {...(embedSource ? { embedSource } : {})} {...(onOpenStory ? { onOpenStory } : {})} {...(studio ? { studio } : {})} />
        )}
      </div>
    </ExplorerStoreProvider>
  );
}
