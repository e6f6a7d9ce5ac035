import { useCallback, useState } from 'react';
import type { OpenRequest } from '../ui/openRequest';
import { provenanceForOpened } from '../loading/linkedStory';
import { loadStoryFromFile, loadStoryFromUrl, type LoadedStory } from '../loading/loadStory';
import type { Drafts } from './useDrafts';
import type { ShowOptions } from './useShownStory';

/**
 * Opening another story (a file, a drop, the Open dialog's address). It replaces the current one only once it has
 * passed every check; a person chose it, so there is no door to pass, but a story from another origin still shows
 * where it is from. A story that fails is listed with its problems (`failed`) and the current one stays.
 */
export function useStoryOpening(drafts: Pick<Drafts, 'flush' | 'begin'>, open: (loaded: LoadedStory, options: ShowOptions) => void) {
  const [failed, setFailed] = useState<LoadedStory | null>(null);
  const { flush, begin } = drafts;
  const openStory = useCallback(
    async (request: OpenRequest) => {
      // The draft's last edits are written now, not dropped with the explorer that held them.
      void flush();
      const result =
        request.kind === 'file'
          ? await loadStoryFromFile(request.file)
          : { ...(await loadStoryFromUrl(request.url)), provenance: await provenanceForOpened(request.url, window.location.href) };
      if (!result.ok) {
        setFailed(result);
        return;
      }
      begin(null);
      open(result, { storyUrl: request.kind === 'url' ? request.url : null, editing: false, published: true });
    },
    [flush, begin, open],
  );
  const dismissFailed = useCallback(() => setFailed(null), []);
  return { openStory, failed, dismissFailed };
}
