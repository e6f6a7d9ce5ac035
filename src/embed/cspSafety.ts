/**
 * Cytoscape injects a <style> into the page head unless an element with its id already exists. Under a strict
 * Content-Security-Policy (style-src 'self') that inline style is refused and reported; an empty element made
 * here is not, and our own stylesheet carries the one rule Cytoscape wanted (position: relative on its container).
 */
export function preventCytoscapeStyleInjection(doc: Document): void {
  const id = '__________cytoscape_stylesheet';
  if (doc.getElementById(id)) return;
  const placeholder = doc.createElement('style');
  placeholder.id = id;
  doc.head.append(placeholder);
}
