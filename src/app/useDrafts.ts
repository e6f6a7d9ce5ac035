import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../model/story/types';
import type { ExplorerStore } from '../store/createExplorerStore';
import { announceDraft, onDraftMessage } from './drafts/draftChannel';
import { mayHaveDrafts, setHasDrafts, setTabDraftKey, tabDraftKey } from './drafts/draftHints';
import { createDraftSaver, type SaveStatus } from './drafts/draftSaver';
import { newDraftKey, type DraftStore, type DraftSummary } from './drafts/draftTypes';
import { idbDraftStore } from './drafts/idbDraftStore';
import { migrateLegacyDraft } from './drafts/legacyDraft';
import { recoverRescues } from './drafts/rescue';
import { openDraft, type OpenedDraft } from './drafts/openDraft';

/** What a page finds when it opens: the draft this tab (or, in a new tab, this browser) was last editing, or none. */
export type Restored = { kind: 'draft'; summary: DraftSummary; story: Story; notice?: string } | { kind: 'none'; notice?: string };

/** The notice for a draft that had to be set aside. */
export function setAsideNotice(summary: DraftSummary): string {
  return `Your draft “${summary.title}” could not be opened. ${summary.unreadable ?? ''} It is kept in this browser: Open → Drafts to download it or open a repaired copy.`;
}

/** What the studio bar says of the draft being edited. */
export function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return 'Edits are saved in this browser';
    case 'pending':
      return 'Saving…';
    case 'saved':
      return `Saved in this browser at ${new Date(status.at).toLocaleTimeString()}`;
    case 'paused':
      return 'Not saved: see the message below';
    case 'error':
      return 'Not saved';
  }
}

/**
 * Never lose work: every edit in the studio is saved as a draft of its own in this browser (IndexedDB), so drafts of
 * several stories are all kept; the draft this tab was editing comes back after a reload or a crash; a pending save
 * is written at once when another story opens or the page is hidden; and a draft another tab saved or discarded is
 * never overwritten or brought back here without the curator choosing.
 */
export function useDrafts(store: DraftStore = defaultStore()) {
  const [mayRestore] = useState(mayHaveDrafts);
  const [explorer, setExplorer] = useState<ExplorerStore | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [list, setList] = useState<DraftSummary[]>([]);
  const restoring = useRef<Promise<Restored> | null>(null);
  /** Said once the next story's explorer is up (a draft back, one set aside). */
  const notice = useRef<string | null>(null);

  const refreshList = useCallback(async () => {
    const drafts = await store.list().catch(() => []);
    setList(drafts);
    setHasDrafts(drafts.length > 0);
    return drafts;
  }, [store]);

  const [saver] = useState(() =>
    createDraftSaver(store, (next, _key, current) => {
      if (current) setStatus(next);
      if (next.kind === 'saved') setHasDrafts(true);
    }),
  );

  /** The story now shown is the draft under `key` (at `revision`), or none yet (null: a key is made on the first edit). */
  const begin = useCallback(
    (key: string | null, revision: string | null = null) => {
      void saver.flush();
      saver.setCurrent(key);
      // What was just read or written under the key is what this tab expects there from now on.
      if (key && (revision !== null || !saver.knows(key))) saver.know(key, revision);
      setTabDraftKey(key);
      setStatus(key && saver.isPaused(key) ? { kind: 'paused', why: 'conflict' } : { kind: 'idle' });
    },
    [saver],
  );

  const restore = useCallback(() => {
    restoring.current ??= (async (): Promise<Restored> => {
      try {
        await recoverRescues(store);
        const moved = await migrateLegacyDraft(store);
        const drafts = await refreshList();
        const setAside = moved.find((d) => d.unreadable);
        const mine = tabDraftKey();
        const candidate = drafts.find((d) => d.key === mine && !d.unreadable) ?? drafts.find((d) => !d.unreadable);
        if (!candidate) return { kind: 'none', ...(setAside ? { notice: setAsideNotice(setAside) } : {}) };
        const opened = await openDraft(store, candidate.key);
        if (opened.ok) {
          begin(opened.summary.key, opened.summary.revision);
          return { kind: 'draft', summary: opened.summary, story: opened.story, ...(setAside ? { notice: setAsideNotice(setAside) } : {}) };
        }
        void refreshList();
        return { kind: 'none', ...(opened.setAside ? { notice: setAsideNotice(opened.setAside) } : {}) };
      } catch (error) {
        return { kind: 'none', notice: `Drafts cannot be kept in this browser (${error instanceof Error ? error.message : String(error)}). Export the story file to keep your work.` };
      }
    })();
    return restoring.current;
  }, [store, refreshList, begin]);

  // Every change of the story while the studio is on is saved, under this story's draft key.
  useEffect(() => {
    if (!explorer) return;
    if (notice.current) explorer.getState().showNotice(notice.current);
    notice.current = null;
    const unsubscribe = explorer.subscribe((state, previous) => {
      if (!state.editing || state.story === previous.story) return;
      let key = saver.current();
      if (!key) {
        key = newDraftKey();
        saver.know(key, null);
        saver.setCurrent(key);
        setTabDraftKey(key);
      }
      saver.schedule(key, state.story, state.published);
    });
    return () => {
      unsubscribe();
      // Another story opens (or the page goes): what was pending is written, not dropped.
      void saver.flush();
    };
  }, [explorer, saver]);

  // The page may be closed or frozen once hidden: write now.
  useEffect(() => {
    const flush = () => void saver.flushOnHide();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [saver]);

  // A browser that has drafts lists them from the start, so the studio can tell of another draft of the same story.
  useEffect(() => {
    if (!mayRestore) return;
    let live = true;
    void store.list().then(
      (drafts) => live && setList(drafts),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [mayRestore, store]);

  // Another tab saved or discarded a draft: the list changes, and the draft edited here pauses.
  useEffect(
    () =>
      onDraftMessage((message) => {
        void refreshList();
        const key = saver.current();
        if (message.key !== key) return;
        if (message.type === 'removed') saver.pause(key, { kind: 'paused', why: 'discarded' });
        else if (message.revision !== saver.revision(key)) {
          void store.read(key).then((found) => saver.pause(key, { kind: 'paused', why: 'conflict', ...(found ? { theirs: found.summary } : {}) }));
        }
      }),
    [saver, store, refreshList],
  );

  const remove = useCallback(
    async (key: string) => {
      saver.drop(key);
      await store.remove(key);
      announceDraft({ type: 'removed', key });
      if (key === saver.current()) begin(null);
      await refreshList();
    },
    [saver, store, begin, refreshList],
  );

  return {
    /** True when the page must look for a draft before it opens the default story. */
    mayRestore,
    restore,
    begin,
    status,
    list,
    refreshList,
    currentKey: () => saver.current(),
    /** Says `text` now, in the explorer that is up. */
    say: useCallback(
      (text: string) => {
        if (explorer) explorer.getState().showNotice(text);
      },
      [explorer],
    ),
    /** Says `text` once the next story's explorer is up. */
    announce: useCallback((text: string) => {
      notice.current = text;
    }, []),
    /** Another draft of this story than the one open here, the most recent, if any. */
    otherDraftOf: useCallback((storyId: string) => list.find((d) => d.storyId === storyId && d.key !== saver.current() && !d.unreadable) ?? null, [list, saver]),
    attach: useCallback((next: ExplorerStore) => setExplorer(next), []),
    /** Writes what is pending now (another story is about to open). */
    flush: useCallback(() => saver.flush(), [saver]),
    /** Saves a story started here (or a repaired copy) as a new draft, and makes it this tab's at once. */
    create: useCallback(
      (story: Story, published = false): string => {
        const key = newDraftKey();
        begin(key, null);
        // Edits made before this write lands are queued behind it, and expect the revision it writes.
        void saver.create(key, story, published).then(() => refreshList());
        return key;
      },
      [saver, begin, refreshList],
    ),
    remove,
    open: useCallback(async (key: string): Promise<OpenedDraft> => {
      const opened = await openDraft(store, key);
      if (opened.ok) begin(key, opened.summary.revision);
      else void refreshList();
      return opened;
    }, [store, begin, refreshList]),
    read: useCallback((key: string) => store.read(key), [store]),
    /**
     * The curator's choice after another tab saved (conflict) or discarded this draft: keep this tab's version
     * (saved again, over whatever is there), or take the other tab's (null when it discarded the draft).
     */
    keepMine: useCallback(async () => {
      const key = saver.current();
      if (!key || !explorer) return;
      const state = explorer.getState();
      await saver.force(key, state.story, state.published);
      void refreshList();
    }, [explorer, saver, refreshList]),
    takeTheirs: useCallback(async () => {
      const key = saver.current();
      if (!key || !explorer) return;
      const opened = await openDraft(store, key);
      if (opened.ok) {
        saver.know(key, opened.summary.revision);
        explorer.getState().replaceStory(opened.story);
        // Their version is what is stored: writing it back would only tell the other tab of a change that is none.
        saver.cancel(key);
        setStatus({ kind: 'saved', at: opened.summary.savedAt });
      } else {
        saver.drop(key);
        begin(null);
      }
    }, [explorer, saver, store, begin]),
  };
}

let shared: DraftStore | null = null;
/** One drafts store per page. */
function defaultStore(): DraftStore {
  shared ??= idbDraftStore();
  return shared;
}

export type Drafts = ReturnType<typeof useDrafts>;
