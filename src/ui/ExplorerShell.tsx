import type { Core } from 'cytoscape';
import { useCallback, useState } from 'react';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory, selectView } from '../store/selectors';
import { Announcer } from './Announcer';
import { ArticleReader } from './ArticleReader';
import { DetailsPanel } from './DetailsPanel';
import { EdgeKey } from './EdgeKey';
import { EmbedDialog, type EmbedSource } from './EmbedDialog';
import { ExportMenu } from './ExportMenu';
import type { OpenRequest } from './openRequest';
import { OpenStoryMenu } from './OpenStoryMenu';
import { StudioToggle } from './studio/StudioBar';
import { StudioPanel } from './studio/StudioPanel';

/** What the app offers around the studio: a new story, and discarding the saved draft. */
export interface StudioActions {
  onNewStory: () => void;
  onDiscardDraft: () => void;
  /** Asked before the studio opens on a story; false keeps it closed (e.g. the curator keeps another draft). */
  beforeEdit?: (storyId: string) => boolean;
}
import { GraphCanvas } from './GraphCanvas';
import { GraphList } from './GraphList';
import { Legend } from './Legend';
import { NoticeBanner } from './NoticeBanner';
import { SearchBox } from './SearchBox';
import { TourBar, TourStartButton } from './TourBar';
import { ViewSwitch } from './ViewSwitch';

/** The full explorer: header with search, the graph (or its list twin) with the legend, and details beside the article. */
export function ExplorerShell({
  onCy,
  embedSource,
  onOpenStory,
  studio,
}: {
  onCy?: (cy: Core) => void;
  embedSource?: EmbedSource;
  onOpenStory?: (request: OpenRequest) => void;
  studio?: StudioActions;
}) {
  const editing = useExplorerStore((s) => s.editing);
  const story = useExplorerStore(selectStory);
  const view = useExplorerStore(selectView);
  const [cy, setCy] = useState<Core | null>(null);
  const handleCy = useCallback(
    (instance: Core) => {
      setCy(instance);
      onCy?.(instance);
    },
    [onCy],
  );
  return (
    <div className="explorer">
      <header className="topbar">
        <p className="brand">Quotegraph</p>
        <h1 className="story-title">{story.title}</h1>
        <SearchBox />
        {studio && <StudioToggle {...(studio.beforeEdit ? { beforeEdit: studio.beforeEdit } : {})} />}
        {onOpenStory && <OpenStoryMenu onOpen={onOpenStory} />}
        {embedSource && <EmbedDialog source={embedSource} />}
        <ExportMenu cy={cy} />
      </header>
      <NoticeBanner />
      <main className="workspace">
        <section className="stage" aria-label="Graph">
          <div className="stage-toolbar">
            <Legend />
          </div>
          <div className="stage-body" hidden={view !== 'graph'}>
            <GraphCanvas onCy={handleCy} />
          </div>
          {view === 'list' && (
            <div className="stage-body stage-list">
              <GraphList />
            </div>
          )}
          <TourBar />
          <footer className="stage-footer">
            <EdgeKey />
            <TourStartButton />
            <ViewSwitch />
          </footer>
        </section>
        <aside className="sidebar" aria-label="Details and article">
          {editing && studio ? <StudioPanel cy={cy} actions={studio} /> : <DetailsPanel />}
          <ArticleReader />
        </aside>
      </main>
      <Announcer />
    </div>
  );
}
