import { useCallback, useEffect, useRef, useState } from 'react';
import { openHeldStory, openLinkedStory, type HeldStory } from './linkedStory';
import type { LoadedStory } from './loadStory';

/** The story a link names, held at the door (see openLinkedStory), and the reader's way to open it anyway. */
export interface StoryDoor {
  held: HeldStory | null;
  /** Opens the held story (only when the deployment asks rather than refuses). */
  openAnyway: () => void;
}

/**
 * Loads the story at `url` (when there is one: the address's `?story=`) through the door, and hands over the
 * result; a newer url or unmount drops a late answer.
 */
export function useStoryFromUrl(url: string | null, onLoaded: (result: LoadedStory) => void): StoryDoor {
  const [held, setHeld] = useState<HeldStory | null>(null);
  // The current url's request: closed by a newer url or an unmount, so a late answer (also to "open anyway") is dropped.
  const current = useRef({ open: false });
  useEffect(() => {
    if (!url) return;
    const request = { open: true };
    current.current = request;
    void openLinkedStory(url, { pageUrl: window.location.href }).then((result) => {
      if (!request.open) return;
      if (result.kind === 'held') setHeld(result.held);
      else onLoaded(result.loaded);
    });
    return () => {
      request.open = false;
      setHeld(null);
    };
  }, [url, onLoaded]);
  const openAnyway = useCallback(() => {
    if (!held || held.decision !== 'ask') return;
    const request = current.current;
    setHeld(null);
    void openHeldStory(held).then((result) => {
      if (request.open) onLoaded(result);
    });
  }, [held, onLoaded]);
  return { held, openAnyway };
}
