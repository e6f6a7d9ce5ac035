import type { Core } from 'cytoscape';
import { BASE_SIZES, drawScaleFor } from './drawScale';
import { matchDrawScale } from './graphStyle';
import { graphScale } from './graphScale';
import { viewFrameOf } from './viewFrame';

/**
 * Emitted on the Cytoscape instance when the view has been set by the app (a fit, a centring) and is at rest, so
 * labels can be sized and placed for it at once, before the next frame (see useGraphController).
 */
export const VIEW_SET = 'quotegraph:view-set';

/** The margin of a fit from positions alone (fitToPositions: a large graph handed to Cytoscape in parts), in CSS px. */
const FIT_PADDING = 40;
/**
 * Air a fit leaves around the nodes, in CSS px: a little at the sides, and under the bottom row a line for its
 * labels (labels that still do not fit move beside or above their node: readableLabels.ts).
 */
const FIT_ROOM = { top: 14, right: 16, bottom: 30, left: 16 } as const;
/** The zoom floor of a graph that fits above it (GraphCanvas); a larger graph may go lower (allowWholeView). */
export const MIN_ZOOM = 0.2;
/** A large graph's zoom floor leaves the whole graph this share of the view. */
const WHOLE_VIEW_SHARE = 0.5;
/** Below this zoom a large graph hides its labels (too small to read), so centring on something there zooms in to it. */
const READABLE_ZOOM = 0.8;
/** The closest a fit to a few focused elements may zoom. */
const FOCUS_MAX_ZOOM = 1.4;
/** The closest a fit to the whole graph may zoom: a graph of four nodes is shown at its natural size, not blown up. */
const WHOLE_MAX_ZOOM = 1;
/** A fit keeps every label whole when that costs at most this share of the zoom (a sparse graph); else it fits the nodes. */
const LABELS_FIT_COST = 0.85;
/**
 * Up to this many nodes a fit measures the labels too. Measuring costs about half a millisecond a node (60 ms at
 * 100 nodes, twice when the zoom crosses a size step), and only a small graph has room to spare for whole labels.
 */
const LABELS_FIT_NODES = 60;
/** A node's border, outside its size (stylesheet.ts). */
const NODE_BORDER = 2;

/** The reader asked the system for less motion: jump instead of animating. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/**
 * Brings a node (or an edge's midpoint) to the centre of the part of the view in sight. A small graph keeps its zoom:
 * its labels are readable at any zoom (drawScale.ts), and zooming in would lose the graph around the element. A large
 * graph, whose small labels are hidden, zooms in until they show. Pans to the element's own position: Cytoscape's
 * `center` would centre its bounding box, label included.
 */
export function centreOn(cy: Core, id: string): void {
  const element = cy.getElementById(id);
  if (element.empty()) return;
  const large = graphScale(cy.nodes().length, cy.edges().length) === 'large';
  const zoom = large ? Math.max(cy.zoom(), READABLE_ZOOM) : cy.zoom();
  const edge = cy.edges().getElementById(id);
  const at = edge.nonempty() ? edge.midpoint() : element.position();
  const middle = middleInSight(cy);
  const pan = { x: middle.x - at.x * zoom, y: middle.y - at.y * zoom };
  moveTo(cy, { zoom, pan }, prefersReducedMotion() ? 0 : 300);
}

/** The centre of the part of the canvas in sight: a sheet may be up over one side of it (viewFrame.ts). */
function middleInSight(cy: Core): { x: number; y: number } {
  const { hidden } = viewFrameOf(cy);
  return { x: (hidden.left + cy.width() - hidden.right) / 2, y: (hidden.top + cy.height() - hidden.bottom) / 2 };
}

/** The graph position at the middle of the part of the canvas in sight (where the studio puts a new node). */
export function graphCentreInSight(cy: Core): { x: number; y: number } {
  const middle = middleInSight(cy);
  const pan = cy.pan();
  const zoom = cy.zoom();
  return { x: (middle.x - pan.x) / zoom, y: (middle.y - pan.y) / zoom };
}

/** Sets the view, or animates to it, and says when it is at rest. */
function moveTo(cy: Core, viewport: { zoom: number; pan: { x: number; y: number } }, duration: number): void {
  cy.stop();
  if (duration <= 0) {
    cy.viewport(viewport);
    cy.emit(VIEW_SET);
  } else cy.animate(viewport, { duration, complete: () => cy.emit(VIEW_SET) });
}

export function fitAll(cy: Core): void {
  fitTo(cy, null, false);
}

type View = { zoom: number; pan: { x: number; y: number } };
type Box = { x1: number; y1: number; x2: number; y2: number };

/** The view showing `box` (graph units) as large as `maxZoom` allows, with room around it and clear of the controls. */
function viewShowing(cy: Core, box: Box, maxZoom: number, labelsMeasured: boolean): View {
  const { reserved } = viewFrameOf(cy);
  const room = {
    top: FIT_ROOM.top + reserved.top,
    right: FIT_ROOM.right + reserved.right,
    // With the labels measured, the line kept under the bottom row for them is not needed.
    bottom: (labelsMeasured ? FIT_ROOM.top : FIT_ROOM.bottom) + reserved.bottom,
    left: FIT_ROOM.left + reserved.left,
  };
  const width = Math.max(cy.width() - room.left - room.right, 1);
  const height = Math.max(cy.height() - room.top - room.bottom, 1);
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, width / w, height / h));
  return { zoom, pan: { x: room.left + width / 2 - (box.x1 + w / 2) * zoom, y: room.top + height / 2 - (box.y1 + h / 2) * zoom } };
}

/** The nodes' bodies from their positions, at the size they are drawn at for `zoom` (see drawScale.ts). */
function bodiesBox(positions: readonly { x: number; y: number }[], zoom: number): Box {
  const half = (BASE_SIZES.node / 2 + NODE_BORDER) * drawScaleFor(zoom).node;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { x, y } of positions) {
    box.x1 = Math.min(box.x1, x - half);
    box.y1 = Math.min(box.y1, y - half);
    box.x2 = Math.max(box.x2, x + half);
    box.y2 = Math.max(box.y2, y + half);
  }
  return box;
}

/**
 * Fits nodes from their positions: nothing is measured or restyled (on a first render, measuring and restyling every
 * element costs tens of milliseconds). Twice, as the size nodes are drawn at follows the zoom.
 */
function fitBodies(cy: Core, positions: readonly { x: number; y: number }[], maxZoom: number): View {
  const first = viewShowing(cy, bodiesBox(positions, 1), maxZoom, false);
  return viewShowing(cy, bodiesBox(positions, first.zoom), maxZoom, false);
}

/**
 * The zoom a whole-graph fit will choose for nodes at `positions` (those Cytoscape has, by default), so the
 * stylesheet can be sized for it before the elements are styled (canvasDrawing, GraphController.setStyle) and the
 * fit need not restyle every element again; null before there are nodes or a box.
 */
export function estimateFitZoom(cy: Core, positions?: readonly { x: number; y: number }[]): number | null {
  const points = positions ?? cy.nodes(':visible').map((node) => node.position());
  if (points.length === 0 || cy.width() === 0) return null;
  return fitBodies(cy, points, Math.min(WHOLE_MAX_ZOOM, cy.maxZoom())).zoom;
}

/**
 * Fits the view to a set of nodes and edges (with the ends of the edges), or to everything when the set is empty:
 * the nodes, with room around them and clear of the controls over the canvas. Labels are drawn at a readable size
 * whatever the zoom and placed once the view is set; a small graph's fit also keeps every label whole when that
 * costs little zoom.
 */
export function fitTo(cy: Core, ids: readonly string[] | null, animate: boolean): void {
  let eles = cy.collection();
  for (const id of ids ?? []) {
    const ele = cy.getElementById(id);
    eles = eles.union(ele).union(ele.connectedNodes());
  }
  const nodes = eles.nonempty() ? eles.nodes() : cy.nodes(':visible');
  if (nodes.empty()) return;
  const maxZoom = Math.min(eles.nonempty() ? FOCUS_MAX_ZOOM : WHOLE_MAX_ZOOM, cy.maxZoom());
  const bodies = fitBodies(cy, nodes.map((node) => node.position()), maxZoom);
  let chosen = bodies;
  if (nodes.length <= LABELS_FIT_NODES) {
    // Labels are sized for the zoom (drawScale.ts): measure them at the size they will have, twice, as a zoom step
    // can change their size.
    const withLabels = () =>
      viewShowing(cy, nodes.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false } as never), maxZoom, true);
    matchDrawScale(cy, bodies.zoom);
    let whole = withLabels();
    if (matchDrawScale(cy, whole.zoom)) whole = withLabels();
    if (whole.zoom >= LABELS_FIT_COST * bodies.zoom) chosen = whole;
  }
  matchDrawScale(cy, chosen.zoom);
  moveTo(cy, chosen, animate && !prefersReducedMotion() ? 350 : 0);
}

/** Room around a node's centre for the node and the label under it (graph units; see stylesheet.ts). */
const NODE_ROOM = { side: 70, above: 20, below: 70 } as const;

/**
 * Fits the view to nodes whose positions are known before Cytoscape has them all (a large graph handed over in
 * parts): from the positions alone, where `fitTo` would measure every element's label, which at 5,000 nodes is
 * seconds of main-thread work.
 */
export function fitToPositions(cy: Core, positions: Iterable<{ x: number; y: number }>): void {
  const points = [...positions];
  const box = positionsBox(points);
  if (!box) return;
  const fitting = Math.min(FOCUS_MAX_ZOOM, cy.maxZoom(), wholeZoom(cy, box));
  const zoom = Math.max(cy.minZoom(), fitting);
  let centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  // Too big to fit at the smallest zoom: show the node nearest the middle, not the middle itself, which in a
  // ring-shaped layout is empty (a 1,000-node story opened on a blank view).
  if (fitting < cy.minZoom()) centre = nearest(points, centre);
  moveTo(cy, { zoom, pan: { x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom } }, 0);
}

/**
 * Lets the reader zoom out until the whole graph is in view, with room to spare: the zoom floor (MIN_ZOOM, where a
 * small graph stops shrinking) is lowered for a graph too large to fit at it. Needs the canvas's size; call again
 * when a hidden canvas is shown.
 */
export function allowWholeView(cy: Core, positions: Iterable<{ x: number; y: number }>): void {
  const box = positionsBox([...positions]);
  if (!box || cy.width() === 0 || cy.height() === 0) return;
  cy.minZoom(Math.min(MIN_ZOOM, WHOLE_VIEW_SHARE * wholeZoom(cy, box)));
}

/** The zoom at which `box` fills the canvas less its fit padding. */
function wholeZoom(cy: Core, box: Box): number {
  return Math.min((cy.width() - 2 * FIT_PADDING) / (box.x2 - box.x1), (cy.height() - 2 * FIT_PADDING) / (box.y2 - box.y1));
}

/** The box round a set of node positions, with room for each node's body and label; null for none. */
function positionsBox(points: readonly { x: number; y: number }[]): Box | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (x1 > x2) return null;
  return { x1: x1 - NODE_ROOM.side, x2: x2 + NODE_ROOM.side, y1: y1 - NODE_ROOM.above, y2: y2 + NODE_ROOM.below };
}

function nearest(points: readonly { x: number; y: number }[], to: { x: number; y: number }): { x: number; y: number } {
  let best = to;
  let bestDistance = Infinity;
  for (const p of points) {
    const distance = (p.x - to.x) ** 2 + (p.y - to.y) ** 2;
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

/** Zooms by a factor around the centre of the view in sight (keyboard and button zoom). */
export function zoomBy(cy: Core, factor: number): void {
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level: zoom, renderedPosition: middleInSight(cy) });
  cy.emit(VIEW_SET);
}

export function panBy(cy: Core, dx: number, dy: number): void {
  cy.panBy({ x: dx, y: dy });
  cy.emit(VIEW_SET);
}
