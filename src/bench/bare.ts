// Bench baseline: draws a story with bare Cytoscape.js (no React, no store), with the app's elements,
// stylesheet and layout, so the bench can compare like with like. Filled in by the bench work (issue 5).
import cytoscape from 'cytoscape';
import { graphScale, renderHintsFor } from '../graph/graphScale';
import { buildStylesheet } from '../graph/stylesheet';
import { layoutFor, toElements } from '../graph/toElements';
import { parseStory } from '../model/story/parseStory';

const url = new URLSearchParams(window.location.search).get('story');
if (url) {
  const parsed = parseStory(await (await fetch(url)).json());
  if (parsed.ok) {
    const { story } = parsed;
    // The app's scale rules too (label sizes, hints), so the two pages draw alike at every size.
    const scale = graphScale(story.nodes.length, story.edges.length);
    const cy = cytoscape({
      ...renderHintsFor(scale),
      container: document.getElementById('cy'),
      elements: toElements(story),
      style: buildStylesheet(story.nodes.map((n) => n.type), 'light', scale),
      layout: layoutFor(story),
      // The app's zoom limits, so both pages can show the same view.
      minZoom: 0.2,
      maxZoom: 3,
    });
    cy.one('render', () => performance.mark('quotegraph:first-render'));
    (window as unknown as { cy: unknown }).cy = cy;
  }
}
