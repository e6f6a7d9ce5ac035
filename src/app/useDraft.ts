import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../model/story/types';
import type { ExplorerStore } from '../store/createExplorerStore';
import { discardDraft, loadDraft, onDraftChangedElsewhere, saveDraft, TAB_ID, type SavedDraft } from './draftStorage';

/** How long after the last edit the draft is written (a burst of edits is one write). */
const SAVE_DELAY_MS = 300;

/**
 * Never lose work: while the studio is on, every edit is saved to the browser; the saved draft comes back on
 * reload; and a save from another tab is noticed and offered, never silently overwritten.
 */
export function useDraft() {
  const [restored] = useState<SavedDraft | null>(() => loadDraft());
  const [store, setStore] = useState<ExplorerStore | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!store) return;
    if (restored && store.getState().editing && store.getState().story === restored.story) {
      store.getState().showNotice(`Your draft from ${new Date(restored.savedAt).toLocaleTimeString()} is back.`);
    }
    const unsubscribe = store.subscribe((state, previous) => {
      if (!state.editing || state.story === previous.story) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => saveDraft(state.story), SAVE_DELAY_MS);
    });
    const stopWatching = onDraftChangedElsewhere((theirs) => {
      if (!store.getState().editing || !theirs || theirs.tab === TAB_ID) return;
      clearTimeout(timer.current);
      store.getState().showNotice('This draft was just changed in another tab. Your next edit here will replace that version; reload this tab to continue from theirs instead.');
    });
    return () => {
      clearTimeout(timer.current);
      unsubscribe();
      stopWatching();
    };
  }, [store, restored]);

  const attach = useCallback((next: ExplorerStore) => setStore(next), []);
  const save = useCallback((story: Story) => saveDraft(story), []);
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    discardDraft();
  }, []);
  return { restored, attach, save, discard };
}
