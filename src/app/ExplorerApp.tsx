import { lazy, Suspense, useCallback, useEffect } from 'react';
import { parseRendererPreference } from '../model/view/rendererPreference';
import { selectionFromSearch, stepFromSearch } from '../model/selection/selectionUrl';
import { Explorer } from '../ui/Explorer';
import { ImportProblems } from '../ui/ImportProblems';
import { ProblemList } from '../ui/ProblemList';
import { StoryGatePage } from '../ui/StoryGatePage';
import { writeViewToUrl } from '../ui/viewLink';
import { loadDefaultStory } from '../loading/defaultStory';
import { DraftsLayer, type ShowDraft } from './DraftsLayer';
import { embedSourceFor } from './embedSource';
import { useDraftRestore } from './useDraftRestore';
import { useDrafts } from './useDrafts';
import { useFileDrop } from './useFileDrop';
import { useShownStory } from './useShownStory';
import { useStoryOpening } from './useStoryOpening';
import { useStudioActions } from './useStudioActions';

// Loaded when the curator asks for a new story.
const NewStoryDialog = lazy(() => import('../ui/studio/NewStoryDialog').then((module) => ({ default: module.NewStoryDialog })));

/**
 * The full-page explorer: shows the story named by `?story=` (or a draft coming back, or the default), with the
 * selection from the URL; the address follows the view. Each concern is a hook of its own: which story is shown
 * (useShownStory), the draft coming back (useDraftRestore), opening another story (useStoryOpening, and by a file
 * dropped on the page), and the studio's dialogs (useStudioActions).
 */
export function ExplorerApp() {
  const drafts = useDrafts();
  const { shown, lookForDraft, door, open, arrive } = useShownStory(drafts.mayRestore);
  useDraftRestore(lookForDraft, drafts, arrive);
  /** Shows a draft's story (or, with null, the default story) afresh. */
  const showDraft: ShowDraft = useCallback(
    (story, options) => open(story ? { ok: true, story, source: 'your draft' } : loadDefaultStory(), { storyUrl: null, ...options }),
    [open],
  );
  const opening = useStoryOpening(drafts, open);
  const studio = useStudioActions(drafts, showDraft);
  const { openStory } = opening;
  const dragging = useFileDrop(useCallback((file: File) => void openStory({ kind: 'file', file }), [openStory]));

  const { loaded } = shown;
  useEffect(() => {
    if (loaded?.ok) document.title = `${loaded.story.title} · Quotegraph`;
  }, [loaded]);

  if (!loaded) {
    if (door.held) return <StoryGatePage held={door.held} onOpenAnyway={door.openAnyway} />;
    return (
      <p className="loading" role="status">
        Loading the story…
      </p>
    );
  }
  if (!loaded.ok) return <ProblemList problems={loaded.problems} source={loaded.source} />;
  return (
    <>
      <Explorer
        key={shown.generation}
        story={loaded.story}
        initialSelection={selectionFromSearch(window.location.search)}
        initialStep={stepFromSearch(window.location.search)}
        renderer={parseRendererPreference(new URLSearchParams(window.location.search).get('renderer'))}
        onViewChange={writeViewToUrl}
        embedSource={embedSourceFor(shown.storyUrl, loaded.story.id)}
        onOpenStory={(request) => void openStory(request)}
        studio={studio.actions}
        initialEditing={shown.editing}
        published={shown.published}
        onStore={drafts.attach}
        provenance={loaded.provenance ?? null}
      />
      {studio.creating && (
        <Suspense fallback={null}>
          <NewStoryDialog
            onClose={studio.closeCreating}
            onCreate={(story) => {
              drafts.create(story);
              showDraft(story, { editing: true, published: false });
            }}
          />
        </Suspense>
      )}
      <DraftsLayer drafts={drafts} open={studio.showingDrafts} onClose={studio.closeDrafts} show={showDraft} />
      {opening.failed && !opening.failed.ok && <ImportProblems source={opening.failed.source} problems={opening.failed.problems} onClose={opening.dismissFailed} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the story file to open it
        </div>
      )}
    </>
  );
}
