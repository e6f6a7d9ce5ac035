import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import { EmbedDialog, type EmbedSource } from './EmbedDialog';
import { ExportMenu } from './ExportMenu';
import type { OpenRequest } from './openRequest';
import { OpenStoryMenu } from './OpenStoryMenu';
import { SearchBox } from './SearchBox';
import { StudioToggle } from './studio/StudioBar';

/**
 * The explorer's top bar: name, story title, search, and the actions (edit, open, embed, export). On a narrow
 * screen the actions fold into a menu under a "Menu" button; it closes on Escape, a tap elsewhere, or choosing Edit.
 */
export function TopBar({
  narrow,
  embedSource,
  onOpenStory,
  beforeEdit,
  onShowDrafts,
  studio,
}: {
  narrow: boolean;
  embedSource?: EmbedSource | undefined;
  onOpenStory?: ((request: OpenRequest) => void) | undefined;
  beforeEdit?: ((storyId: string) => boolean) | undefined;
  /** Opens the drafts kept in this browser (offered in the Open menu). */
  onShowDrafts?: (() => void) | undefined;
  studio: boolean;
}) {
  const story = useExplorerStore(selectStory);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const bar = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const folded = narrow && !open;

  useEffect(() => {
    if (!narrow || !open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (bar.current && !event.composedPath().includes(bar.current)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [narrow, open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Escape inside a dialog (Embed) or a field that used it (search) is theirs.
    if (!narrow || !open || event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    event.preventDefault();
    close();
  };

  return (
    <header className="topbar" ref={bar} onKeyDown={onKeyDown}>
      <p className="brand">Quotegraph</p>
      <h1 className="story-title">{story.title}</h1>
      <SearchBox {...(narrow ? { placeholder: 'Search…' } : {})} />
      {narrow && (
        <button ref={toggle} type="button" className="topbar-button menu-toggle" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
          Menu
        </button>
      )}
      <div className="topbar-actions" id={menuId} hidden={folded}>
        {studio && <StudioToggle {...(beforeEdit ? { beforeEdit } : {})} {...(narrow ? { onToggled: close } : {})} />}
        {onOpenStory && <OpenStoryMenu onOpen={onOpenStory} {...(onShowDrafts ? { onShowDrafts } : {})} />}
        {embedSource && <EmbedDialog source={embedSource} />}
        <ExportMenu />
      </div>
    </header>
  );
}
