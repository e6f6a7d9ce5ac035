import { lazy, Suspense, useMemo, useRef } from 'react';
import type { SheetOver } from '../graph/useViewClearOfSheet';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectView } from '../store/selectors';
import { Announcer } from './Announcer';
import { ArticleReader } from './ArticleReader';
import { DetailsPanel } from './DetailsPanel';
import { EdgeKey } from './EdgeKey';
import type { EmbedSource } from './EmbedDialog';
import { GraphCanvas } from './GraphCanvas';
import { LazyGraphList } from './LazyGraphList';
import { Legend } from './Legend';
import { NoticeBanner } from './NoticeBanner';
import { ProvenanceLine } from './ProvenanceLine';
import type { Provenance } from '../model/trust/storyOrigin';
import type { OpenRequest } from './openRequest';
import { ReaderSheet } from './ReaderSheet';
import { RefusalBanner } from './studio/RefusalBanner';
import { SkipLinks } from './SkipLinks';
import { TopBar } from './TopBar';
import { TourBar, TourStartButton } from './TourBar';
import { ViewSwitch } from './ViewSwitch';
import { useNarrowLayout, useSheetSide } from './useNarrowLayout';

/**
 * The studio's panels load when a curator first opens them: readers, most of those who open the explorer, never
 * need its code (about 6 kB gzipped of the explorer's 288).
 */
const StudioPanel = lazy(() => import('./studio/StudioPanel').then((module) => ({ default: module.StudioPanel })));

/** What the app offers around the studio: a new story, the drafts kept in this browser, discarding this one. */
export interface StudioActions {
  onNewStory: () => void;
  onDiscardDraft: () => void;
  /** Opens the list of drafts kept in this browser. */
  onShowDrafts: () => void;
  /** How saving the draft goes, in words ("Saved in this browser at 14:02"). */
  saveStatus: string;
  /** Asked before the studio opens on a story; false keeps it closed (e.g. the curator keeps another draft). */
  beforeEdit?: (storyId: string) => boolean;
}

/**
 * The full explorer: header with search, the graph (or its list twin) with the legend, and the details and the
 * article beside it; on a narrow screen, in a sheet over it (see ReaderSheet), with the graph's controls above it.
 * The sheet comes up from the bottom, or in a short, wide window (a phone on its side) in from the right, where the
 * controls share one row so the graph keeps what height there is.
 */
export function ExplorerShell({
  embedSource,
  onOpenStory,
  studio,
  provenance = null,
}: {
  embedSource?: EmbedSource;
  onOpenStory?: (request: OpenRequest) => void;
  studio?: StudioActions;
  provenance?: Provenance | null;
}) {
  const editing = useExplorerStore((s) => s.editing);
  const view = useExplorerStore(selectView);
  // A sheet pulled all the way up covers the graph: its controls are out of reach until it comes down.
  const covered = useExplorerStore((s) => s.sheetSize === 'full');
  const narrow = useNarrowLayout();
  const side = useSheetSide();
  const strip = narrow && side === 'right';
  const sheet = useRef<HTMLElement>(null);
  const sheetOver = useMemo<SheetOver | undefined>(() => (narrow ? { element: sheet, side } : undefined), [narrow, side]);
  const actions = (
    <>
      <TourStartButton />
      <ViewSwitch />
    </>
  );
  const controls = (
    <>
      <EdgeKey />
      {actions}
    </>
  );
  const studioOpen = editing && studio !== undefined;
  return (
    <div className={narrow ? `explorer is-narrow sheet-${side}` : 'explorer'}>
      <SkipLinks />
      <TopBar narrow={narrow} embedSource={embedSource} onOpenStory={onOpenStory} beforeEdit={studio?.beforeEdit} onShowDrafts={studio?.onShowDrafts} studio={studio !== undefined} />
      {/* One grid row for all three, so the workspace keeps its row whether or not any shows. */}
      <div className="explorer-notices">
        {provenance && <ProvenanceLine provenance={provenance} />}
        <NoticeBanner />
        {studio && <RefusalBanner />}
      </div>
      <main className="workspace">
        <section className="stage" aria-label="Graph" inert={narrow && covered}>
          <div className="stage-toolbar">
            {/* Short and wide: one row, the legend and the key scrolling sideways beside the tour and the switch. */}
            {strip ? (
              <>
                <div className="stage-scroller">
                  <Legend />
                  <EdgeKey />
                </div>
                <div className="stage-actions">{actions}</div>
              </>
            ) : (
              <Legend />
            )}
          </div>
          {/* Narrow, the controls and the tour sit above the graph: its lower part is where the sheet comes up. */}
          {narrow && !strip && <div className="stage-controls">{controls}</div>}
          {narrow && <TourBar />}
          <div className="stage-body" hidden={view !== 'graph'}>
            <GraphCanvas sheet={sheetOver} />
          </div>
          {view === 'list' && (
            <div className="stage-body stage-list">
              <LazyGraphList />
            </div>
          )}
          {!narrow && <TourBar />}
          {!narrow && <footer className="stage-footer">{controls}</footer>}
        </section>
        <ReaderSheet
          ref={sheet}
          narrow={narrow}
          side={side}
          details={
            studioOpen ? (
              <Suspense fallback={<p role="status" className="panel">Opening the studio…</p>}>
                <StudioPanel actions={studio} />
              </Suspense>
            ) : (
              <DetailsPanel />
            )
          }
          detailsLabel={studioOpen ? 'Studio' : 'Details'}
          article={<ArticleReader />}
        />
      </main>
      <Announcer />
    </div>
  );
}
