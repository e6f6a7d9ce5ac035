import { lazy, Suspense } from 'react';

/**
 * The list loads when a reader first asks for it: the explorer and the embeds open on the graph, and the element's
 * first load stays lean (about 3 kB gzipped less).
 */
const GraphList = lazy(() => import('./GraphList').then((module) => ({ default: module.GraphList })));

/** The graph's text twin (GraphList), loaded on first use, with a line saying so meanwhile. */
export function LazyGraphList() {
  return (
    <Suspense fallback={<p role="status" className="muted graph-list-loading">Loading the list…</p>}>
      <GraphList />
    </Suspense>
  );
}
