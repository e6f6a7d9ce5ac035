/**
 * How much larger than their base size (graph units, in stylesheet.ts) labels, nodes and lines are drawn at a
 * zoom. A view zoomed out to fit a phone (zoom 0.25) would draw 16-unit labels at 4 px; scaled, a label is never
 * drawn smaller than it can be read, whatever the zoom, and grows with the zoom from there.
 */
export interface DrawScale {
  nodeLabel: number;
  edgeLabel: number;
  node: number;
  line: number;
}

/** Base sizes in graph units, as the stylesheet draws them at scale 1. */
export const BASE_SIZES = { nodeLabel: 16, edgeLabel: 14, node: 34, line: 2 } as const;

/** The smallest each is drawn on screen (CSS px): labels readable on a phone, nodes big enough to see and tap. */
export const MIN_SCREEN_PX = { nodeLabel: 12, edgeLabel: 11, node: 12, line: 1 } as const;

export const NATURAL_SCALE: DrawScale = { nodeLabel: 1, edgeLabel: 1, node: 1, line: 1 };

/** Steps per doubling: the stylesheet changes only when the zoom crosses a step, not on every frame of a pinch. */
const STEPS = 4;

export function drawScaleFor(zoom: number): DrawScale {
  const factor = (key: keyof DrawScale) => {
    const needed = MIN_SCREEN_PX[key] / (BASE_SIZES[key] * Math.max(zoom, 1e-3));
    // Rounded up to a step, so the drawn size is never below the minimum.
    return needed <= 1 ? 1 : 2 ** (Math.ceil(Math.log2(needed) * STEPS - 1e-9) / STEPS);
  };
  return { nodeLabel: factor('nodeLabel'), edgeLabel: factor('edgeLabel'), node: factor('node'), line: factor('line') };
}

export function sameDrawScale(a: DrawScale, b: DrawScale): boolean {
  return a.nodeLabel === b.nodeLabel && a.edgeLabel === b.edgeLabel && a.node === b.node && a.line === b.line;
}
