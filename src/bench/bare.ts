// Bench baseline: draws a story with bare Cytoscape.js (no React, no store), with the app's elements,
// stylesheet and layout, so the bench can compare like with like. Filled in by the bench work (issue 5).
import cytoscape from 'cytoscape';
import { buildStylesheet } from '../graph/stylesheet';
import { layoutKindFor, presetLayout, toElements } from '../graph/toElements';
import { runForceLayout } from '../model/layout/forceLayout';
import { layoutGraphOf, positionsById, seedFor } from '../model/layout/layoutGraph';
import { parseStory } from '../model/story/parseStory';
import type { Story } from '../model/story/types';

/** A story without saved positions is laid out here on the main thread, as bare Cytoscape.js would have to. */
function laidOut(story: Story) {
  if (layoutKindFor(story) === 'preset') return null;
  const { ids, graph } = layoutGraphOf(story);
  return positionsById(ids, runForceLayout(graph, { seed: seedFor(story.id) }));
}

const url = new URLSearchParams(window.location.search).get('story');
if (url) {
  const parsed = parseStory(await (await fetch(url)).json());
  if (parsed.ok) {
    const { story } = parsed;
    const cy = cytoscape({
      container: document.getElementById('cy'),
      elements: toElements(story, laidOut(story)),
      style: buildStylesheet(story.nodes.map((n) => n.type)),
      layout: presetLayout(),
      // The app's zoom limits, so both pages can show the same view.
      minZoom: 0.2,
      maxZoom: 3,
    });
    cy.one('render', () => performance.mark('quotegraph:first-render'));
    (window as unknown as { cy: unknown }).cy = cy;
  }
}
