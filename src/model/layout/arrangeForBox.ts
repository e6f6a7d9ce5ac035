import { alignToAspect } from './alignToAspect';
import type { LayoutGraph } from './layoutGraph';
import { packComponents } from './packComponents';

/** Room between a story's separate pieces once gathered (graph units): a little less than a relation's length. */
const PIECE_GAP = 120;

/**
 * What a force layout's picture gets before it is shown in a box of `aspect` (width over height): its separate
 * pieces gathered beside the main one, then the whole turned to lie along the box. Interleaved [x0, y0, …] in and out.
 */
export function arrangeForBox(xy: Float64Array, graph: LayoutGraph, aspect: number): Float64Array {
  return alignToAspect(packComponents(xy, graph, PIECE_GAP), aspect);
}
