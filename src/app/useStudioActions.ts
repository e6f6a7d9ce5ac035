import { useState } from 'react';
import type { StudioActions } from '../ui/ExplorerShell';
import type { ShowDraft } from './DraftsLayer';
import { statusText, type Drafts } from './useDrafts';

/**
 * What the app offers around the studio (a new story, the drafts kept in this browser, discarding this draft), and
 * whether its two dialogs are open.
 */
export function useStudioActions(drafts: Drafts, showDraft: ShowDraft) {
  const [creating, setCreating] = useState(false);
  const [showingDrafts, setShowingDrafts] = useState(false);
  const actions: StudioActions = {
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
  return { actions, creating, closeCreating: () => setCreating(false), showingDrafts, closeDrafts: () => setShowingDrafts(false) };
}
