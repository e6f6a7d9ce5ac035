import { useEffect } from 'react';
import { loadDefaultStory } from '../loading/defaultStory';
import type { LoadedStory } from '../loading/loadStory';
import type { Drafts } from './useDrafts';

/**
 * Brings back the draft this tab (or this browser) was editing, in the studio, saying so; or the default story when
 * there is none. Only when `lookForDraft` (the address names no story and there may be a draft).
 */
export function useDraftRestore(
  lookForDraft: boolean,
  drafts: Pick<Drafts, 'restore' | 'announce'>,
  arrive: (loaded: LoadedStory, options?: { editing: boolean; published: boolean }) => void,
): void {
  const { restore, announce } = drafts;
  useEffect(() => {
    if (!lookForDraft) return;
    let live = true;
    void restore().then((found) => {
      if (!live) return;
      if (found.kind === 'draft') {
        announce(`Your draft from ${new Date(found.summary.savedAt).toLocaleString()} is back.${found.notice ? ` ${found.notice}` : ''}`);
        arrive({ ok: true, story: found.story, source: 'your draft' }, { editing: true, published: found.summary.published });
      } else {
        if (found.notice) announce(found.notice);
        arrive(loadDefaultStory());
      }
    });
    return () => {
      live = false;
    };
  }, [lookForDraft, restore, announce, arrive]);
}
