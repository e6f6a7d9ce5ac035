import { ExplorerStoreProvider } from '../store/ExplorerStoreContext';
import { EmbedShell } from './EmbedShell';
import { useExplorerStoreSetup, type ExplorerSetup } from './useExplorerStoreSetup';
import type { ViewLink } from './viewLink';
import type { Provenance } from '../model/trust/storyOrigin';

/**
 * The compact explorer for embeds (element and iframe): graph and quote drawer, its own store. Kept apart from
 * the full Explorer so the embed bundle carries neither the article reader's studio nor the interchange code.
 */
export function EmbedExplorer({
  explorerLink,
  provenance = null,
  ...setup
}: ExplorerSetup & { explorerLink: ViewLink; provenance?: Provenance | null }) {
  const { store, root } = useExplorerStoreSetup(setup, 'compact');
  return (
    <ExplorerStoreProvider store={store}>
      <div ref={root} className="explorer-root">
        <EmbedShell explorerLink={explorerLink} provenance={provenance} />
      </div>
    </ExplorerStoreProvider>
  );
}
