import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../model/story/types';
import type { ExplorerStore } from '../store/createExplorerStore';
import { discardDraft, loadDraft, onDraftChangedElsewhere, saveDraft, TAB_ID, type SavedDraft } from './draftStorage';

/** How long after the last edit the draft is written (a burst of edits is one write). */
const SAVE_DELAY_MS = 300;

/**
 * Never lose work: while the studio is on, every edit is saved to the browser; the saved draft comes back on
 * reload; a save from another tab stops this tab's saving until the curator chooses whose version to keep;
 * and a refused save (storage full) is said, not swallowed.
 */
export function useDraft() {
  const [initial] = useState(() => loadDraft());
  const [store, setStore] = useState<ExplorerStore | null>(null);
  /** The other tab's version, while the curator has not chosen between it and this tab's. */
  const [conflict, setConflict] = useState<SavedDraft | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const conflictRef = useRef<SavedDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const restored = initial.draft;

  const write = useCallback((story: Story, published: boolean) => {
    const result = saveDraft(story, published);
    setSaveError(result.ok ? null : result.reason);
  }, []);

  useEffect(() => {
    if (!store) return;
    if (initial.setAside) store.getState().showNotice('A saved draft could not be opened in this version; it has been set aside in this browser, not deleted.');
    else if (restored && store.getState().editing && store.getState().story === restored.story) {
      store.getState().showNotice(`Your draft from ${new Date(restored.savedAt).toLocaleString()} is back.`);
    }
    const unsubscribe = store.subscribe((state, previous) => {
      if (!state.editing || state.story === previous.story || conflictRef.current) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => write(state.story, state.published), SAVE_DELAY_MS);
    });
    const stopWatching = onDraftChangedElsewhere((theirs) => {
      if (!store.getState().editing || !theirs || theirs.tab === TAB_ID) return;
      conflictRef.current = theirs;
      setConflict(theirs);
    });
    return () => {
      clearTimeout(timer.current);
      unsubscribe();
      stopWatching();
    };
  }, [store, restored, initial.setAside, write]);

  const resolve = useCallback(
    (keep: 'mine' | 'theirs') => {
      const theirs = conflictRef.current;
      conflictRef.current = null;
      setConflict(null);
      if (!store) return;
      if (keep === 'theirs' && theirs) store.getState().replaceStory(theirs.story);
      else write(store.getState().story, store.getState().published);
    },
    [store, write],
  );

  return {
    restored,
    conflict,
    saveError,
    resolve,
    attach: useCallback((next: ExplorerStore) => setStore(next), []),
    save: useCallback((story: Story, published: boolean) => write(story, published), [write]),
    /** The title of a saved draft other than `storyId`, which an edit would replace; null if none. */
    otherDraftTitle: useCallback((storyId: string) => {
      const saved = loadDraft().draft;
      return saved && saved.story.id !== storyId ? saved.story.title : null;
    }, []),
    discard: useCallback(() => {
      clearTimeout(timer.current);
      discardDraft();
    }, []),
  };
}
