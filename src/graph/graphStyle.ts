import type { Core } from 'cytoscape';
import { drawScaleFor, NATURAL_SCALE, sameDrawScale, type DrawScale } from './drawScale';
import type { GraphScale } from './graphScale';
import { buildStylesheet } from './stylesheet';

/** What a graph's stylesheet is made from. */
export interface StyleBasis {
  /** Every node type in the story (each type has its shape and colour). */
  types: readonly string[];
  theme: 'light' | 'dark';
  scale: GraphScale;
}

const styled = new WeakMap<Core, { basis: StyleBasis; draw: DrawScale }>();

/** A large graph keeps its base sizes: restyling 15,000 elements on a zoom costs seconds, and it hides small labels instead. */
const drawScaleOf = (basis: StyleBasis, zoom: number): DrawScale => (basis.scale === 'large' ? NATURAL_SCALE : drawScaleFor(zoom));

/**
 * Gives the graph the stylesheet for `basis`, sized for `zoom` (its current zoom, or the zoom it is about to be
 * fitted at: styling every element once more costs tens of milliseconds on a first render).
 */
export function setGraphStyle(cy: Core, basis: StyleBasis, zoom = cy.zoom()): void {
  const draw = drawScaleOf(basis, zoom);
  styled.set(cy, { basis, draw });
  cy.style().fromJson(buildStylesheet(basis.types, basis.theme, basis.scale, draw)).update();
}

/**
 * Re-sizes labels, nodes and lines for the zoom the view has come to rest at, or is about to be set to (see
 * drawScale.ts). Returns true when the stylesheet changed. Only crossing a step restyles, so a pinch restyles a few times, not every frame.
 */
export function matchDrawScale(cy: Core, zoom = cy.zoom()): boolean {
  const current = styled.get(cy);
  if (!current) return false;
  const draw = drawScaleOf(current.basis, zoom);
  if (sameDrawScale(draw, current.draw)) return false;
  current.draw = draw;
  cy.style().fromJson(buildStylesheet(current.basis.types, current.basis.theme, current.basis.scale, draw)).update();
  return true;
}

/** The draw scale the graph is styled at now. */
export function currentDrawScale(cy: Core): DrawScale {
  return styled.get(cy)?.draw ?? NATURAL_SCALE;
}
