import type { MouseEvent } from 'react';
import { useExplorerStoreApi } from '../store/ExplorerStoreContext';
import type { SheetPanel } from '../store/sheetSlice';
import { detailsHeading, focusAfter } from './focusAfter';

/** Where each skip link takes focus in the explorer: the graph (or the list's row), or the heading of a panel. */
const TARGETS = {
  graph: (root: Element) => root.querySelector<HTMLElement>('.graph-canvas:not([hidden] *), .graph-list button[tabindex="0"]'),
  details: detailsHeading,
  article: (root: Element) => root.querySelector<HTMLElement>('.article-panel h2'),
} as const;

/**
 * The page's first Tab stops, shown when focused: straight to the graph, the details or the article, past the top bar
 * and the legend (and from the top bar past the graph and its controls). On a narrow screen the sheet comes up first.
 */
export function SkipLinks() {
  const store = useExplorerStoreApi();
  const skip = (to: keyof typeof TARGETS, panel?: SheetPanel) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const state = store.getState();
    // A sheet pulled all the way up makes the graph inert: it comes down to half first.
    const reveal = () => (panel ? state.showPanel(panel) : state.sheetSize === 'full' && state.resizeSheet(-1));
    focusAfter(event.currentTarget, reveal, TARGETS[to]);
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a href="#graph" onClick={skip('graph')}>
        Skip to the graph
      </a>
      <a href="#details" onClick={skip('details', 'details')}>
        Skip to the details
      </a>
      <a href="#article" onClick={skip('article', 'article')}>
        Skip to the article
      </a>
    </nav>
  );
}
