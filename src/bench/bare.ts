// Bench baseline: draws a story with bare Cytoscape.js (no React, no store), with the app's elements,
// stylesheet and layout, so the bench can compare like with like. Filled in by the bench work (issue 5).
import cytoscape from 'cytoscape';
import { buildStylesheet } from '../graph/stylesheet';
import { layoutFor, toElements } from '../graph/toElements';
import { parseStory } from '../model/story/parseStory';

const url = new URLSearchParams(window.location.search).get('story');
if (url) {
  const parsed = parseStory(await (await fetch(url)).json());
  if (parsed.ok) {
    const { story } = parsed;
    const cy = cytoscape({
      container: document.getElementById('cy'),
      elements: toElements(story),
      style: buildStylesheet(story.nodes.map((n) => n.type)),
      layout: layoutFor(story),
      // The app's zoom limits, so both pages can show the same view.
      minZoom: 0.2,
      maxZoom: 3,
    });
    cy.one('render', () => performance.mark('quotegraph:first-render'));
    (window as unknown as { cy: unknown }).cy = cy;
  }
}
