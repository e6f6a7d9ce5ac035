import { lazy, Suspense } from 'react';

/** The list's module, fetched once: on the way to the List button (focus, pointer) or when the list first shows. */
let listModule: Promise<typeof import('./GraphList')> | null = null;

/** Starts loading the list before it is asked for, so choosing List rarely waits. */
export function preloadGraphList(): Promise<typeof import('./GraphList')> {
  listModule ??= import('./GraphList');
  return listModule;
}

/**
 * The list loads when a reader first asks for it: the explorer and the embeds open on the graph, and the element's
 * first load stays lean (about 3 kB gzipped less).
 */
const GraphList = lazy(() => preloadGraphList().then((module) => ({ default: module.GraphList })));

/** The graph's text twin (GraphList), loaded on first use, with a line saying so meanwhile. */
export function LazyGraphList() {
  return (
    <Suspense fallback={<p role="status" className="muted graph-list-loading">Loading the list…</p>}>
      <GraphList />
    </Suspense>
  );
}
