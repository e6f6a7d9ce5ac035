import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/**
 * Props for a `<details>` menu (Open, Export) that closes as menus do: on Escape, with focus back on its button;
 * when Tab takes focus out of it; and after a click or tap outside it. A pointer that moves focus elsewhere closes
 * it only once its click is done: closing at the press would shift what is under the pointer (in the narrow top
 * bar the menus open inline) and the click would land on something else. Focus going nowhere (the window losing
 * focus, say to the file picker the Open menu starts) leaves it open.
 */
export function useMenuDismissal(menu: RefObject<HTMLDetailsElement | null>) {
  // True from a press until its click (or the next key): focus moving then is the pointer's doing.
  const pressing = useRef(false);

  useEffect(() => {
    const doc = menu.current?.ownerDocument;
    if (!doc) return;
    const onPointerDown = () => {
      pressing.current = true;
    };
    const onKey = () => {
      pressing.current = false;
    };
    // On the document, so it runs after the click has done its work.
    const onClick = (event: MouseEvent) => {
      pressing.current = false;
      const details = menu.current;
      if (details?.open && !event.composedPath().includes(details)) details.removeAttribute('open');
    };
    doc.addEventListener('pointerdown', onPointerDown, true);
    doc.addEventListener('keydown', onKey, true);
    doc.addEventListener('click', onClick);
    return () => {
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('click', onClick);
    };
  }, [menu]);

  const onKeyDown = (event: KeyboardEvent) => {
    const details = menu.current;
    if (event.key !== 'Escape' || !details?.open || event.defaultPrevented) return;
    // Taken here, so a menu around this one (the narrow top bar's) stays open.
    event.preventDefault();
    details.removeAttribute('open');
    details.querySelector('summary')?.focus();
  };
  const onBlur = (event: FocusEvent) => {
    const details = menu.current;
    const next = event.relatedTarget;
    if (!pressing.current && details?.open && next instanceof Node && !details.contains(next)) details.removeAttribute('open');
  };
  return { onKeyDown, onBlur };
}
