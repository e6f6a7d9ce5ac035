import { useEffect } from 'react';
import { useExplorerStore, useExplorerStoreApi } from '../../store/ExplorerStoreContext';
import type { StudioActions } from '../ExplorerShell';

/** The studio switch in the top bar (and the undo/redo keys, which work while the studio is on). `onToggled` lets a menu holding it close. */
export function StudioToggle({ beforeEdit, onToggled }: { beforeEdit?: (storyId: string) => boolean; onToggled?: () => void }) {
  const store = useExplorerStoreApi();
  const editing = useExplorerStore((s) => s.editing);
  const setEditing = useExplorerStore((s) => s.setEditing);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!store.getState().editing || !(event.ctrlKey || event.metaKey)) return;
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.getState().undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') store.getState().redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);

  return (
    <button
      type="button"
      className="topbar-button studio-toggle"
      aria-pressed={editing}
      onClick={() => {
        if (!editing && beforeEdit && !beforeEdit(store.getState().story.id)) return;
        setEditing(!editing);
        onToggled?.();
      }}
    >
      {editing ? 'Done editing' : 'Edit'}
    </button>
  );
}

/** Undo and redo (also Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y), the draft's own actions, and how saving it goes. */
export function StudioBar({ onNewStory, onDiscardDraft, onShowDrafts, saveStatus }: Omit<StudioActions, 'beforeEdit'>) {
  const canUndo = useExplorerStore((s) => s.past.length > 0);
  const canRedo = useExplorerStore((s) => s.future.length > 0);
  const undo = useExplorerStore((s) => s.undo);
  const redo = useExplorerStore((s) => s.redo);
  return (
    <>
      <div className="studio-bar" role="group" aria-label="Draft">
        <button type="button" className="topbar-button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" className="topbar-button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" className="topbar-button" onClick={onNewStory}>
          New story…
        </button>
        <button type="button" className="topbar-button" onClick={onShowDrafts} aria-haspopup="dialog">
          Drafts…
        </button>
        <button type="button" className="topbar-button" onClick={onDiscardDraft}>
          Discard draft…
        </button>
      </div>
      <p className="muted studio-save-status" role="status">
        {saveStatus}
      </p>
    </>
  );
}
