// Bench baseline for the embed (`npm run bench:embed`): the barest Cytoscape.js page. It fetches elements, stylesheet
// and render hints that the bench prepared in Node from the same story (the app's toElements and buildStylesheet),
// and draws them; so the only JavaScript it loads is Cytoscape.js and these lines. No parsing, no checking, no React.
import cytoscape from 'cytoscape';

const params = new URLSearchParams(window.location.search);
const url = params.get('spec');
const box = document.getElementById('cy');
// The bench passes the size of the element's graph canvas, so both pages draw the same view.
if (box && params.get('width') && params.get('height')) {
  box.style.width = `${Number(params.get('width'))}px`;
  box.style.height = `${Number(params.get('height'))}px`;
}
if (url) {
  // The bench's own file, written beside this page: trusted as it is.
  const spec: { elements: cytoscape.ElementDefinition[]; style: cytoscape.StylesheetJson; hints: { hideEdgesOnViewport?: boolean } } = await (await fetch(url)).json();
  const cy = cytoscape({ ...spec.hints, container: box, elements: spec.elements, style: spec.style, layout: { name: 'preset', fit: true, padding: 40 }, minZoom: 0.2, maxZoom: 3 });
  cy.one('render', () => performance.mark('quotegraph:first-render'));
  (window as unknown as { cy: unknown }).cy = cy;
}
