import { useEffect } from 'react';
import { loadStoryFromUrl, type LoadedStory } from './loadStory';

/** Loads the story at `url` (when there is one) and hands over the result; a newer url or unmount drops a late answer. */
export function useStoryFromUrl(url: string | null, onLoaded: (result: LoadedStory) => void): void {
  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    void loadStoryFromUrl(url).then((result) => {
      if (!cancelled) onLoaded(result);
    });
    return () => {
      cancelled = true;
    };
  }, [url, onLoaded]);
}
