import type { Core } from 'cytoscape';
import { useLayoutEffect, useMemo } from 'react';
import { setGraphStyle, type StyleBasis } from './graphStyle';
import { estimateFitZoom, VIEW_SET } from './viewport';

/**
 * Keeps the graph's stylesheet in step with what it is made from: the story's node types, the theme and the scale
 * mode. Restyles only when one of those changes (a studio edit that adds no type, or a drag, restyles nothing);
 * sizes for the zoom are matched as the view comes to rest (graphStyle.ts, useGraphController.ts).
 */
export function useGraphStyle(cy: Core | null, types: readonly string[], theme: StyleBasis['theme'], scale: StyleBasis['scale']): void {
  const typesKey = [...new Set(types)].sort().join('\n');
  const basis = useMemo<StyleBasis>(() => ({ types: typesKey.split('\n').filter(Boolean), theme, scale }), [typesKey, theme, scale]);
  // Before paint: the first frame is drawn with the story's style, not Cytoscape's default.
  useLayoutEffect(() => {
    if (!cy) return;
    // A graph about to be fitted is styled for the zoom it will have, so the fit need not restyle it all again.
    setGraphStyle(cy, basis, cy.zoom() === 1 ? (estimateFitZoom(cy) ?? 1) : cy.zoom());
    cy.emit(VIEW_SET);
  }, [cy, basis]);
}
