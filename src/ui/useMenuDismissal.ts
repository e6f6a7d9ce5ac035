import type { FocusEvent, KeyboardEvent, RefObject } from 'react';

/**
 * Props for a `<details>` menu (Open, Export) that closes as menus do: on Escape, with focus back on its button,
 * and when focus moves to something outside it. Focus going nowhere (the window losing focus, say to the file
 * picker the Open menu starts) leaves it open.
 */
export function useMenuDismissal(menu: RefObject<HTMLDetailsElement | null>) {
  const onKeyDown = (event: KeyboardEvent) => {
    const details = menu.current;
    if (event.key !== 'Escape' || !details?.open || event.defaultPrevented) return;
    // Taken here, so a menu around this one (the narrow top bar's) stays open.
    event.preventDefault();
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  const onBlur = (event: FocusEvent) => {
    const details = menu.current;
    const next = event.relatedTarget;
    if (details?.open && next instanceof Node && !details.contains(next)) details.open = false;
  };
  return { onKeyDown, onBlur };
}
