import type { Core, SingularElementArgument } from 'cytoscape';
import { brightSet } from '../model/graph/neighbourhood';
import type { StoryIndex } from '../model/graph/storyIndex';
import type { Selection } from '../model/selection/selection';

/** What the graph draws: hidden types, the selection, and the bright set (a focus set or the selection's neighbourhood). */
export interface GraphView {
  selection: Selection | null;
  hiddenTypes: readonly string[];
  focusIds: readonly string[] | null;
}

/** The classes the stylesheet draws the explorer's state with. */
const STATE_CLASSES = ['filtered-out', 'faded', 'is-selected', 'in-focus', 'show-label'] as const;

/**
 * Draws the explorer's state on the graph with classes the stylesheet knows. Only elements whose classes change
 * are touched: Cytoscape restyles every element a class call is given, changed or not, so clearing a class from
 * all 15,000 elements of a 5,000-node story would restyle them all on every selection (and every new element).
 */
export function applySelection(cy: Core, index: StoryIndex, view: GraphView): void {
  const hidden = new Set(view.hiddenTypes);
  const bright = brightSet(index, view.selection, view.focusIds);
  // A selected relation is labelled by itself; a node's relations, or a focus set's, are labelled and drawn stronger.
  const inFocus = bright && (view.selection?.kind !== 'edge' || view.focusIds) ? bright.edges : null;
  const wants = (ele: SingularElementArgument, cls: (typeof STATE_CLASSES)[number]): boolean => {
    switch (cls) {
      case 'filtered-out':
        return ele.isNode() && hidden.has(String(ele.data('type')));
      case 'faded':
        return !!bright && !(ele.isNode() ? bright.nodes : bright.edges).has(ele.id());
      case 'is-selected':
        return ele.id() === view.selection?.id;
      case 'in-focus':
      case 'show-label':
        return ele.isEdge() && !!inFocus?.has(ele.id());
    }
  };
  // Nothing to draw and nothing drawn (no selection, focus or filter): the common case, checked in one pass.
  if (!bright && hidden.size === 0 && cy.$(STATE_CLASSES.map((cls) => `.${cls}`).join(', ')).empty()) return;
  const all = cy.elements();
  cy.batch(() => {
    for (const cls of STATE_CLASSES) {
      all.filter((ele) => !ele.hasClass(cls) && wants(ele, cls)).addClass(cls);
      all.filter((ele) => ele.hasClass(cls) && !wants(ele, cls)).removeClass(cls);
    }
  });
}
