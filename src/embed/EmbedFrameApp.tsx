import { useCallback, useEffect, useState } from 'react';
import { allowedOrigins } from '../model/embed/messages';
import { searchWithView, selectionFromSearch, stepFromSearch } from '../model/selection/selectionUrl';
import type { ExplorerStore } from '../store/createExplorerStore';
import { EmbedExplorer } from '../ui/EmbedExplorer';
import { EmbedProblem } from '../ui/EmbedProblem';
import { writeViewToUrl, type ViewLink } from '../ui/viewLink';
import { loadDefaultStory } from '../loading/defaultStory';
import type { LoadedStory } from '../loading/loadStory';
import { useStoryFromUrl } from '../loading/useStoryFromUrl';
import { connectFrame, parentOriginOf } from './frameBridge';
import { EmbedStoryGate } from '../ui/EmbedStoryGate';

/** `index.html?embed`: the compact view for an iframe, driven by the postMessage protocol. */
export function EmbedFrameApp() {
  const params = new URLSearchParams(window.location.search);
  const storyUrl = params.get('story');
  const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
  const [loaded, setLoaded] = useState<LoadedStory | null>(() => (storyUrl ? null : loadDefaultStory()));
  const [store, setStore] = useState<ExplorerStore | null>(null);

  // `story=` is in the frame's address, which anyone can write: it passes the door (see useStoryFromUrl).
  const door = useStoryFromUrl(storyUrl, setLoaded);

  useEffect(() => {
    if (!store) return;
    const parent = parentOriginOf(window);
    return connectFrame(store, allowedOrigins(new URLSearchParams(window.location.search).get('allow'), parent), parent);
  }, [store]);

  // The full explorer is this same page without `embed`: keep the story, carry the selection and step.
  const explorerLink = useCallback<ViewLink>((view) => {
    const search = new URLSearchParams(window.location.search);
    for (const key of ['embed', 'allow', 'theme']) search.delete(key);
    return `${window.location.pathname}${searchWithView(`?${search.toString()}`, view)}`;
  }, []);

  if (!loaded) return door.held ? <EmbedStoryGate held={door.held} onOpenAnyway={door.openAnyway} /> : <p role="status">Loading the story…</p>;
  if (!loaded.ok) return <EmbedProblem problems={loaded.problems} source={loaded.source} />;
  // In its own frame the embed is the page: give it a main landmark and a (hidden) heading for screen readers.
  return (
    <main>
      <h1 className="visually-hidden">{loaded.story.title}</h1>
      <EmbedExplorer
      story={loaded.story}
      theme={theme}
      initialSelection={selectionFromSearch(window.location.search)}
      initialStep={stepFromSearch(window.location.search)}
      explorerLink={explorerLink}
      onViewChange={writeViewToUrl}
      onStore={setStore}
      provenance={loaded.provenance ?? null}
      />
    </main>
  );
}
