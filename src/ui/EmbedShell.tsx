import { useEffect, useRef } from 'react';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory, selectView } from '../store/selectors';
import { Announcer } from './Announcer';
import { DetailsPanel } from './DetailsPanel';
import { GraphCanvas } from './GraphCanvas';
import { LazyGraphList } from './LazyGraphList';
import { NoticeBanner } from './NoticeBanner';
import { ProvenanceLine } from './ProvenanceLine';
import type { Provenance } from '../model/trust/storyOrigin';
import { TourBar, TourStartButton } from './TourBar';
import type { ViewLink } from './viewLink';
import { ViewSwitch } from './ViewSwitch';

/**
 * The compact view for embeds: the graph (or its list twin, as in the explorer) and a quote drawer, with a way to the
 * full explorer. Works from 360 px wide.
 */
export function EmbedShell({ explorerLink, provenance = null }: { explorerLink: ViewLink; provenance?: Provenance | null }) {
  const story = useExplorerStore(selectStory);
  const selection = useExplorerStore((s) => s.selection);
  const step = useExplorerStore((s) => s.step);
  const theme = useExplorerStore((s) => s.theme);
  const view = useExplorerStore(selectView);
  const drawer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A new selection starts at the top of the drawer, where its name is.
    drawer.current?.scrollTo?.({ top: 0 });
  }, [selection]);
  // A group, not a page landmark: an article may hold several embeds, and the banner is the host page's.
  return (
    <div className="embed" data-theme={theme} role="group" aria-label={`Quotegraph: ${story.title}`}>
      <div className="embed-bar" part="bar">
        <p className="embed-title">{story.title}</p>
        <TourStartButton />
        <a className="embed-open" href={explorerLink({ selection, step })} target="_blank" rel="noopener">
          Open in full explorer<span aria-hidden="true"> ↗</span>
          <span className="visually-hidden"> (new tab)</span>
        </a>
        {/* Last in the bar, so Tab goes from it straight into the graph or the list. */}
        <ViewSwitch />
      </div>
      {provenance && <ProvenanceLine provenance={provenance} />}
      <NoticeBanner />
      <div className="embed-body">
        <div className="embed-graph" part="graph">
          <div className="embed-canvas" hidden={view !== 'graph'}>
            <GraphCanvas />
          </div>
          {view === 'list' && (
            <div className="embed-list">
              <LazyGraphList />
            </div>
          )}
        </div>
        <div className="embed-drawer" part="drawer" ref={drawer}>
          <TourBar />
          <DetailsPanel />
        </div>
      </div>
      <Announcer />
    </div>
  );
}
