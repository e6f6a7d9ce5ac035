import type { Core } from 'cytoscape';
import { brightSet } from '../model/graph/neighbourhood';
import type { StoryIndex } from '../model/graph/storyIndex';
import type { Selection } from '../model/selection/selection';

/** What the graph draws: hidden types, the selection, and the bright set (a focus set or the selection's neighbourhood). */
export interface GraphView {
  selection: Selection | null;
  hiddenTypes: readonly string[];
  focusIds: readonly string[] | null;
}

/** Draws the explorer's state on the graph with classes the stylesheet knows. */
export function applySelection(cy: Core, index: StoryIndex, view: GraphView): void {
  const hidden = new Set(view.hiddenTypes);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('filtered-out', hidden.has(String(node.data('type'))));
    });
    cy.elements().removeClass('faded is-selected in-focus show-label');
    const bright = brightSet(index, view.selection, view.focusIds);
    if (!bright) return;
    cy.nodes().forEach((node) => {
      if (!bright.nodes.has(node.id())) node.addClass('faded');
    });
    cy.edges().forEach((edge) => {
      if (!bright.edges.has(edge.id())) edge.addClass('faded');
    });
    if (view.selection) cy.getElementById(view.selection.id).addClass('is-selected');
    if (view.selection?.kind !== 'edge' || view.focusIds) {
      for (const id of bright.edges) cy.getElementById(id).addClass('in-focus show-label');
    }
  });
}
