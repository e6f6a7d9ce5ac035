import type { Core } from 'cytoscape';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import { Announcer } from './Announcer';
import { DetailsPanel } from './DetailsPanel';
import { GraphCanvas } from './GraphCanvas';
import { NoticeBanner } from './NoticeBanner';
import { TourBar, TourStartButton } from './TourBar';
import type { ViewLink } from './viewLink';

/** The compact view for embeds: the graph and a quote drawer, with a way to the full explorer. Works from 360 px wide. */
export function EmbedShell({ onCy, explorerLink }: { onCy?: (cy: Core) => void; explorerLink: ViewLink }) {
  const story = useExplorerStore(selectStory);
  const selection = useExplorerStore((s) => s.selection);
  const step = useExplorerStore((s) => s.step);
  const theme = useExplorerStore((s) => s.theme);
  return (
    <div className="embed" data-theme={theme}>
      <header className="embed-bar" part="bar">
        <p className="embed-title">{story.title}</p>
        <TourStartButton />
        <a className="embed-open" href={explorerLink({ selection, step })} target="_blank" rel="noopener">
          Open in full explorer<span aria-hidden="true"> ↗</span>
          <span className="visually-hidden"> (new tab)</span>
        </a>
      </header>
      <NoticeBanner />
      <div className="embed-body">
        <section className="embed-graph" aria-label="Graph" part="graph">
          <GraphCanvas {...(onCy ? { onCy } : {})} />
        </section>
        <div className="embed-drawer" part="drawer">
          <TourBar />
          <DetailsPanel />
        </div>
      </div>
      <Announcer />
    </div>
  );
}
