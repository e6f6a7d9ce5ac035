import type { Selection } from '../model/selection/selection';
import { searchWithView } from '../model/selection/selectionUrl';

/** Builds a link to a view of the story (its selection and tour step), e.g. in the full explorer. */
export type ViewLink = (view: { selection: Selection | null; step: number | null }) => string;

/**
 * Mirrors the selection and tour step into the page's address (the explorer, the iframe), so the current view can be
 * shared as a link; the rest of the address stays as it is.
 */
export function writeViewToUrl(view: { selection: Selection | null; step: number | null }): void {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${searchWithView(search, view)}${hash}`);
}
