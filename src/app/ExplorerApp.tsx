import { parseRendererPreference } from '../graph/rendererChoice';
import { useCallback, useEffect, useState } from 'react';
import type { Selection } from '../model/selection/selection';
import type { Story } from '../model/story/types';
import { searchWithView, selectionFromSearch, stepFromSearch } from '../model/selection/selectionUrl';
import { Explorer } from '../ui/Explorer';
import type { EmbedSource } from '../ui/EmbedDialog';
import { ProblemList } from '../ui/ProblemList';
import { loadDefaultStory } from './defaultStory';
import { loadStoryFromFile, loadStoryFromUrl, type LoadedStory } from './loadStory';
import { ImportProblems } from '../ui/ImportProblems';
import type { OpenRequest } from '../ui/openRequest';
import { useFileDrop } from './useFileDrop';
import { useStoryFromUrl } from './useStoryFromUrl';
import { provenanceForOpened } from './linkedStory';
import { StoryGatePage } from '../ui/StoryGatePage';
import { useDraft } from './useDraft';
import { NewStoryDialog } from '../ui/studio/NewStoryDialog';

/** Mirrors the selection and tour step into the address bar, so the current view can be shared as a link. */
function writeViewToUrl(view: { selection: Selection | null; step: number | null }): void {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${searchWithView(search, view)}${hash}`);
}

/** Where this page is served from and which story file it shows, for the Embed dialog. */
function embedSourceFor(storyUrl: string | null, storyId: string): EmbedSource {
  const appBase = new URL('./', window.location.href).href;
  const defaultStoryUrl = new URL(`stories/${storyId}.json`, appBase).href;
  return {
    appBase,
    // In development the element is served from its source; a build emits quote-graph.js beside index.html.
    scriptUrl: import.meta.env.DEV ? new URL('/src/embed/quoteGraphElement.tsx', appBase).href : new URL('quote-graph.js', appBase).href,
    storyUrl: storyUrl ? new URL(storyUrl, window.location.href).href : defaultStoryUrl,
    defaultStoryUrl,
  };
}

/** The full-page explorer: loads the story named by `?story=` (or the default), then opens it with the selection from the URL. */
export function ExplorerApp() {
  const [storyUrl, setStoryUrl] = useState(() => new URLSearchParams(window.location.search).get('story'));
  const draft = useDraft();
  // A saved draft comes back after a reload or a crash, unless the address names another story.
  const [loaded, setLoaded] = useState<LoadedStory | null>(() =>
    storyUrl ? null : draft.restored ? { ok: true, story: draft.restored.story, source: 'your draft' } : loadDefaultStory(),
  );
  const [editing, setEditing] = useState(() => !storyUrl && draft.restored !== null);
  const [creating, setCreating] = useState(false);
  // A story started in the studio (now or before a reload) is not published: its edits need no note for readers.
  const [startedHere, setStartedHere] = useState(() => !storyUrl && draft.restored !== null && !draft.restored.published);
  // Bumped for every story opened from the page, so the explorer starts afresh with its own store.
  const [generation, setGeneration] = useState(0);
  const [failedImport, setFailedImport] = useState<LoadedStory | null>(null);

  // Opening another story replaces the current one only once the new one has passed every check. A person chose
  // it, so there is no door to pass; a story from another origin still shows where it is from.
  const openStory = useCallback(async (request: OpenRequest) => {
    const result =
      request.kind === 'file'
        ? await loadStoryFromFile(request.file)
        : { ...(await loadStoryFromUrl(request.url)), provenance: await provenanceForOpened(request.url, window.location.href) };
    if (!result.ok) {
      setFailedImport(result);
      return;
    }
    const params = new URLSearchParams();
    if (request.kind === 'url') params.set('story', request.url);
    window.history.replaceState(null, '', `${window.location.pathname}${params.size ? `?${params.toString()}` : ''}`);
    setStoryUrl(request.kind === 'url' ? request.url : null);
    setLoaded(result);
    setEditing(false);
    setStartedHere(false);
    setGeneration((g) => g + 1);
  }, []);

  const startStory = useCallback((story: Story | null, asDraft: boolean) => {
    window.history.replaceState(null, '', window.location.pathname);
    setStoryUrl(null);
    setLoaded(story ? { ok: true, story, source: 'your draft' } : loadDefaultStory());
    setEditing(asDraft);
    setGeneration((g) => g + 1);
  }, []);
  const studio = {
    onNewStory: () => {
      const current = draft.otherDraftTitle('');
      if (current && !window.confirm(`Start a new story? Your saved draft “${current}” will be replaced.`)) return;
      setCreating(true);
    },
    // Editing another story than the saved draft's would replace that draft: ask first.
    beforeEdit: (storyId: string) => {
      const other = draft.otherDraftTitle(storyId);
      return !other || window.confirm(`Editing this story will replace your saved draft “${other}”. Continue?`);
    },
    onDiscardDraft: () => {
      if (!window.confirm('Discard your draft? This cannot be undone.')) return;
      draft.discard();
      startStory(null, false);
    },
  };
  const openDroppedFile = useCallback((file: File) => void openStory({ kind: 'file', file }), [openStory]);
  const dragging = useFileDrop(openDroppedFile);

  // The address's story, on opening, through the door (it may be held); stories opened later (generation > 0) arrive through openStory.
  const door = useStoryFromUrl(generation > 0 ? null : storyUrl, setLoaded);

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
        key={generation}
        story={loaded.story}
        initialSelection={selectionFromSearch(window.location.search)}
        initialStep={stepFromSearch(window.location.search)}
        renderer={parseRendererPreference(new URLSearchParams(window.location.search).get('renderer'))}
        onViewChange={writeViewToUrl}
        embedSource={embedSourceFor(storyUrl, loaded.story.id)}
        onOpenStory={(request) => void openStory(request)}
        studio={studio}
        initialEditing={editing}
        published={!startedHere}
        onStore={draft.attach}
        provenance={loaded.provenance ?? null}
      />
      {creating && (
        <NewStoryDialog
          onClose={() => setCreating(false)}
          onCreate={(story) => {
            draft.save(story, false);
            setStartedHere(true);
            startStory(story, true);
          }}
        />
      )}
      {draft.conflict && (
        <div className="draft-banner" role="alert">
          <span>This draft was just saved in another tab. Saving here is paused until you choose which version to keep.</span>
          <button type="button" className="chip" onClick={() => draft.resolve('theirs')}>
            Load the other tab’s version
          </button>
          <button type="button" className="chip" onClick={() => draft.resolve('mine')}>
            Keep this tab’s version
          </button>
        </div>
      )}
      {draft.saveError && (
        <div className="draft-banner" role="alert">
          Your draft could not be saved in this browser ({draft.saveError}). Export the story file (Export → Story file) to keep your work.
        </div>
      )}
      {failedImport && !failedImport.ok && (
        <ImportProblems source={failedImport.source} problems={failedImport.problems} onClose={() => setFailedImport(null)} />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the story file to open it
        </div>
      )}
    </>
  );
}
