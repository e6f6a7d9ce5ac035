import { useCallback, useState } from 'react';
import { loadDefaultStory } from '../loading/defaultStory';
import type { LoadedStory } from '../loading/loadStory';
import { useStoryFromUrl, type StoryDoor } from '../loading/useStoryFromUrl';

/** The story the explorer shows, and how it came. */
export interface ShownStory {
  /** The story, or why it could not be shown; null while it loads. */
  loaded: LoadedStory | null;
  /** The address it came from (`?story=`); null for the default story, a file or a draft. */
  storyUrl: string | null;
  /** Open it in the studio (a restored draft, a new story). */
  editing: boolean;
  /** False for a story started here that no reader has seen: its edits need no note for readers. */
  published: boolean;
  /** Bumped for every story opened from the page, so the explorer starts afresh with its own store. */
  generation: number;
}

/** How a story is shown: where it came from and whether it opens in the studio. */
export type ShowOptions = Pick<ShownStory, 'storyUrl' | 'editing' | 'published'>;

/**
 * The story on show. On opening: the one the address names (through the door, which may hold it), else a draft
 * this browser was editing (`lookForDraft`: the page waits for it), else the default story. `open` replaces it with
 * a story opened from the page, afresh, and makes the address name only that story's URL, if any.
 */
export function useShownStory(mayRestoreDraft: boolean): {
  shown: ShownStory;
  lookForDraft: boolean;
  door: StoryDoor;
  open: (loaded: LoadedStory, options: ShowOptions) => void;
  arrive: (loaded: LoadedStory, options?: Pick<ShowOptions, 'editing' | 'published'>) => void;
} {
  const [start] = useState(() => {
    const storyUrl = new URLSearchParams(window.location.search).get('story');
    // A draft comes back after a reload or a crash, unless the address names another story.
    return { storyUrl, lookForDraft: !storyUrl && mayRestoreDraft };
  });
  const [shown, setShown] = useState<ShownStory>(() => ({
    loaded: start.storyUrl || start.lookForDraft ? null : loadDefaultStory(),
    storyUrl: start.storyUrl,
    editing: false,
    published: true,
    generation: 0,
  }));
  const open = useCallback((loaded: LoadedStory, options: ShowOptions) => {
    const params = new URLSearchParams();
    if (options.storyUrl) params.set('story', options.storyUrl);
    window.history.replaceState(null, '', `${window.location.pathname}${params.size ? `?${params.toString()}` : ''}`);
    setShown((current) => ({ loaded, ...options, generation: current.generation + 1 }));
  }, []);
  // The first story arriving (through the door, or a restored draft) is no new generation.
  const arrive = useCallback((loaded: LoadedStory, options?: Pick<ShowOptions, 'editing' | 'published'>) => {
    setShown((current) => ({ ...current, loaded, ...options }));
  }, []);
  // The address's story, on opening, through the door; stories opened later (generation > 0) arrive through `open`.
  const door = useStoryFromUrl(shown.generation > 0 ? null : shown.storyUrl, arrive);
  return { shown, lookForDraft: start.lookForDraft, door, open, arrive };
}
