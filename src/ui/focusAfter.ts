import { flushSync } from 'react-dom';

/**
 * Runs an update that removes or replaces the focused control, then focuses what should take its place, so focus
 * never falls to the top of the page. The target is looked for in the same explorer or embed as `from` (several
 * embeds can share a page); the update is rendered first, so a control it adds can be found.
 */
export function focusAfter(from: Element | null, update: () => void, find: (root: Element) => HTMLElement | null | undefined): void {
  const root = from?.closest('.explorer, .embed') ?? null;
  flushSync(update);
  const target = root ? find(root) : null;
  target?.focus();
}

/** The details panel's heading: the name of what is selected now, where focus goes after choosing something to show. */
export const detailsHeading = (root: Element): HTMLElement | null => root.querySelector<HTMLElement>('.details-panel h2');
