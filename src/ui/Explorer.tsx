import { ExplorerStoreProvider } from '../store/ExplorerStoreContext';
import type { EmbedSource } from './EmbedDialog';
import { ExplorerShell, type StudioActions } from './ExplorerShell';
import type { OpenRequest } from './openRequest';
import type { Provenance } from '../model/trust/storyOrigin';
import { useExplorerStoreSetup, type ExplorerSetup } from './useExplorerStoreSetup';

interface Props extends ExplorerSetup {
  /** Where the app and story are served from, for the Embed dialog's snippets. */
  embedSource?: EmbedSource;
  /** The reader asks to open another story (file or URL). */
  onOpenStory?: (request: OpenRequest) => void;
  /** The curation studio's app-level actions. */
  studio?: StudioActions;
  /** Open in the studio (a restored draft, a new story). */
  initialEditing?: boolean;
  /** False for a story started here that no reader has seen (its edits need no correction note). */
  published?: boolean;
  /** Where a story from another origin comes from, shown above the graph (null for the site's own). */
  provenance?: Provenance | null;
}

/** The full explorer with its own store: the article beside the graph, search, the studio. Embeds use EmbedExplorer. */
export function Explorer({ embedSource, onOpenStory, studio, initialEditing, published = true, provenance = null, ...setup }: Props) {
  const { store, root } = useExplorerStoreSetup(setup, 'full', (created) => {
    if (!published) created.setState({ published: false });
    if (initialEditing) created.getState().setEditing(true);
  });
  return (
    <ExplorerStoreProvider store={store}>
      <div ref={root} className="explorer-root">
        <ExplorerShell {...(embedSource ? { embedSource } : {})} {...(onOpenStory ? { onOpenStory } : {})} {...(studio ? { studio } : {})} provenance={provenance} />
      </div>
    </ExplorerStoreProvider>
  );
}
