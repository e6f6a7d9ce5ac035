/**
 * Cytoscape injects a <style> into the page head unless an element with its id already exists. Under a strict
 * Content-Security-Policy (style-src 'self') any inline style is refused and reported, even an empty <style>,
 * so the placeholder is an inert <meta>. Our own stylesheet carries the one rule Cytoscape wanted
 * (position: relative on its container; see ui/styles/layout.css).
 */
export function preventCytoscapeStyleInjection(doc: Document): void {
  const id = '__________cytoscape_stylesheet';
  if (doc.getElementById(id)) return;
  const placeholder = doc.createElement('meta');
  placeholder.id = id;
  placeholder.name = 'quotegraph-cytoscape-style-placeholder';
  doc.head.append(placeholder);
}
