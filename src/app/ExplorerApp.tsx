import { parseRendererPreference } from '../model/view/rendererPreference';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Selection } from '../model/selection/selection';
import { searchWithView, selectionFromSearch, stepFromSearch } from '../model/selection/selectionUrl';
import { Explorer } from '../ui/Explorer';
import type { EmbedSource } from '../ui/EmbedDialog';
import { ProblemList } from '../ui/ProblemList';
import { loadDefaultStory } from '../loading/defaultStory';
import { loadStoryFromFile, loadStoryFromUrl, type LoadedStory } from '../loading/loadStory';
import { ImportProblems } from '../ui/ImportProblems';
import type { OpenRequest } from '../ui/openRequest';
import { useFileDrop } from './useFileDrop';
import { useStoryFromUrl } from '../loading/useStoryFromUrl';
import { provenanceForOpened } from '../loading/linkedStory';
import { StoryGatePage } from '../ui/StoryGatePage';
import { statusText, useDrafts } from './useDrafts';
import { DraftsLayer, type ShowDraft } from './DraftsLayer';

// Loaded when the curator asks for a new story.
const NewStoryDialog = lazy(() => import('../ui/studio/NewStoryDialog').then((module) => ({ default: module.NewStoryDialog })));

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
  const drafts = useDrafts();
  // A draft this tab (or this browser) was editing comes back after a reload or a crash, unless the address names
  // another story; the page waits for it only when there may be one.
  const [lookForDraft] = useState(() => !storyUrl && drafts.mayRestore);
  const [loaded, setLoaded] = useState<LoadedStory | null>(() => (storyUrl || lookForDraft ? null : loadDefaultStory()));
  const [editing, setEditing] = useState(false);
  const [creating, setCreating] = useState(false);
  const [showingDrafts, setShowingDrafts] = useState(false);
  // A story started in the studio (now or before a reload) is not published: its edits need no note for readers.
  const [startedHere, setStartedHere] = useState(false);
  // Bumped for every story opened from the page, so the explorer starts afresh with its own store.
  const [generation, setGeneration] = useState(0);
  const [failedImport, setFailedImport] = useState<LoadedStory | null>(null);

  const { restore, announce, flush: flushDraft, begin: beginDraft } = drafts;
  useEffect(() => {
    if (!lookForDraft) return;
    let live = true;
    void restore().then((found) => {
      if (!live) return;
      if (found.kind === 'draft') {
        announce(`Your draft from ${new Date(found.summary.savedAt).toLocaleString()} is back.${found.notice ? ` ${found.notice}` : ''}`);
        setLoaded({ ok: true, story: found.story, source: 'your draft' });
        setEditing(true);
        setStartedHere(!found.summary.published);
      } else {
        if (found.notice) announce(found.notice);
        setLoaded(loadDefaultStory());
      }
    });
    return () => {
      live = false;
    };
  }, [lookForDraft, restore, announce]);

  // Opening another story replaces the current one only once the new one has passed every check. A person chose
  // it, so there is no door to pass; a story from another origin still shows where it is from.
  const openStory = useCallback(async (request: OpenRequest) => {
    // The draft's last edits are written now, not dropped with the explorer that held them.
    void flushDraft();
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
    beginDraft(null);
    setStoryUrl(request.kind === 'url' ? request.url : null);
    setLoaded(result);
    setEditing(false);
    setStartedHere(false);
    setGeneration((g) => g + 1);
  }, [flushDraft, beginDraft]);

  /** Shows a draft's story (or, with null, the default story) afresh. */
  const showDraft: ShowDraft = useCallback((story, options) => {
    window.history.replaceState(null, '', window.location.pathname);
    setStoryUrl(null);
    setLoaded(story ? { ok: true, story, source: 'your draft' } : loadDefaultStory());
    setEditing(options.editing);
    setStartedHere(!options.published);
    setGeneration((g) => g + 1);
  }, []);
  const studio = {
    // Every story has a draft of its own: starting one replaces nothing.
    onNewStory: () => setCreating(true),
    // Say so when this browser already has a draft of this story (it is not replaced: this edit makes another).
    beforeEdit: (storyId: string) => {
      const other = drafts.otherDraftOf(storyId);
      if (other) drafts.say(`You also have a draft of this story from ${new Date(other.savedAt).toLocaleString()}: Open → Drafts in this browser.`);
      return true;
    },
    onDiscardDraft: () => {
      if (!window.confirm('Discard your draft? This cannot be undone.')) return;
      const key = drafts.currentKey();
      if (key) void drafts.remove(key);
      else drafts.begin(null);
      showDraft(null, { editing: false, published: true });
    },
    onShowDrafts: () => {
      void drafts.refreshList();
      setShowingDrafts(true);
    },
    saveStatus: statusText(drafts.status),
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
        onStore={drafts.attach}
        provenance={loaded.provenance ?? null}
      />
      {creating && (
        <Suspense fallback={null}>
          <NewStoryDialog
            onClose={() => setCreating(false)}
            onCreate={(story) => {
              drafts.create(story);
              showDraft(story, { editing: true, published: false });
            }}
          />
        </Suspense>
      )}
      <DraftsLayer drafts={drafts} open={showingDrafts} onClose={() => setShowingDrafts(false)} show={showDraft} />
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
