import type { Core } from 'cytoscape';
import { selectNeighbourhood } from '../model/graph/neighbourhood';
import type { StoryIndex } from '../model/graph/storyIndex';
import type { Selection } from '../model/selection/selection';

/** Draws the explorer's state on the graph: hidden types, the selection, and its bright neighbourhood. */
export function applySelection(cy: Core, index: StoryIndex, selection: Selection | null, hiddenTypes: readonly string[]): void {
  const hidden = new Set(hiddenTypes);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('filtered-out', hidden.has(String(node.data('type'))));
    });
    cy.elements().removeClass('faded is-selected in-focus show-label');
    if (!selection) return;
    const around = selectNeighbourhood(index, selection);
    cy.nodes().forEach((node) => {
      if (!around.nodes.has(node.id())) node.addClass('faded');
    });
    cy.edges().forEach((edge) => {
      if (!around.edges.has(edge.id())) edge.addClass('faded');
    });
    cy.getElementById(selection.id).addClass('is-selected');
    if (selection.kind === 'node') {
      for (const id of around.edges) cy.getElementById(id).addClass('in-focus show-label');
    }
  });
}
