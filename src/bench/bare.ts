// Bench baseline: draws a story with bare Cytoscape.js (no React, no store, no panels), with the app's elements,
// stylesheet, layout and selection styling, so the bench compares like with like: what ours adds is the app.
import cytoscape from 'cytoscape';
import { applySelection } from '../graph/applySelection';
import { emphasisFor, graphScale, renderHintsFor } from '../graph/graphScale';
import { buildStylesheet } from '../graph/stylesheet';
import { allowWholeView, fitToPositions, MIN_ZOOM } from '../graph/viewport';
import { layoutKindFor, toElements } from '../graph/toElements';
import { buildStoryIndex } from '../model/graph/storyIndex';
import { runLayout } from '../model/layout/multilevelLayout';
import { layoutGraphOf, positionsById, seedFor } from '../model/layout/layoutGraph';
import { parseStory } from '../model/story/parseStory';
import type { Story } from '../model/story/types';

/** A story without saved positions is laid out here on the main thread, as bare Cytoscape.js would have to. */
function laidOut(story: Story) {
  if (layoutKindFor(story) === 'preset') return null;
  const { ids, graph } = layoutGraphOf(story);
  return positionsById(ids, runLayout(graph, { seed: seedFor(story.id) }));
}

const params = new URLSearchParams(window.location.search);
const url = params.get('story');
// The bench passes the size of the app's graph canvas, so both pages draw the same view.
const box = document.getElementById('cy');
if (box && params.get('width') && params.get('height')) {
  box.style.width = `${Number(params.get('width'))}px`;
  box.style.height = `${Number(params.get('height'))}px`;
}
if (url) {
  const parsed = parseStory(await (await fetch(url)).json());
  if (parsed.ok) {
    const { story } = parsed;
    // The app's scale rules too (label sizes, hints), so the two pages draw alike at every size.
    const scale = graphScale(story.nodes.length, story.edges.length);
    const cy = cytoscape({
      ...renderHintsFor(scale),
      container: box,
      elements: toElements(story, laidOut(story)),
      style: buildStylesheet(story.nodes.map((n) => n.type), 'light', scale),
      // Bare Cytoscape.js fits a small graph itself; a large one is fitted from positions alone, below, as the app does.
      layout: { name: 'preset', fit: scale === 'small', padding: 40 },
      // The app's zoom limits, so both pages can show the same view.
      minZoom: MIN_ZOOM,
      maxZoom: 3,
    });
    // The app fits a large graph from positions alone (Cytoscape's own fit measures every label); so does bare.
    if (scale === 'large') {
      // The app's zoom floor too: it lets a large graph be seen whole (allowWholeView), so both draw all of it.
      allowWholeView(cy, cy.nodes().map((node) => node.position()));
      fitToPositions(cy, cy.nodes().map((node) => node.position()));
    }
    cy.one('render', () => performance.mark('quotegraph:first-render'));
    // A tap restyles the graph as the app's selection does (the canvas half of a selection, without any panel).
    const index = buildStoryIndex(story);
    cy.on('tap', 'node', (event) => {
      applySelection(cy, index, { selection: { kind: 'node', id: event.target.id() }, hiddenTypes: [], focusIds: null, emphasis: emphasisFor(scale) });
    });
    (window as unknown as { cy: unknown }).cy = cy;
  }
}
