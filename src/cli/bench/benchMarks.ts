// The one place the browser benches learn when a page has drawn. The app and the bare pages mark it with
// performance.mark('quotegraph:first-render'); should that mark be renamed or replaced by an event, change this file.

/** Names of the marks the pages set, by what they mean. */
export const MARKS = { firstRender: 'quotegraph:first-render', layoutDone: 'quotegraph:layout-done' } as const;

/**
 * Init script: defines `window.__benchMarkTime(name)`, ms since navigation of the named mark, or null before it is
 * set. Every probe reads marks through it (probes are serialised into the page, so they cannot import this module).
 */
export function markReader(names: Record<string, string>): void {
  (window as unknown as { __benchMarkTime: (key: string) => number | null }).__benchMarkTime = (key) => {
    const name = names[key] ?? key;
    return performance.getEntriesByName(name)[0]?.startTime ?? null;
  };
}
