/** "7 mentions", "1 name": a count and its noun. */
export const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * After an item of a finder's list went: focus the item now at its place (the next one), else the one before, else
 * the list's heading, so focus never falls to the top of the page. `selector` names each item's first button.
 */
export function focusNextItem(section: HTMLElement | null, at: number, selector: string, heading = 'h3'): void {
  const items = section?.querySelectorAll<HTMLElement>(selector);
  (items?.[at] ?? items?.[at - 1] ?? section?.querySelector<HTMLElement>(heading))?.focus();
}
