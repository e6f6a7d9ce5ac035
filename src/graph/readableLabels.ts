import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { placeLabels, type Box, type LabelCandidate, type Obstacle } from '../model/labels/placeLabels';
import { viewFrameOf } from './viewFrame';

/**
 * Where a node's label can go, best first, and the class that puts it there (none: below, the stylesheet's
 * default): below, above, beside, then off a corner (where a hub's crowded sides leave room).
 */
const PLACES = [null, 'label-above', 'label-right', 'label-left', 'label-below-right', 'label-below-left', 'label-above-right', 'label-above-left'] as const;
const PLACEMENT_CLASSES = PLACES.filter((place) => place !== null);
/** Space kept between two labels, and between a label and the edge of the view, in CSS px. */
const GAP_PX = 2;

/**
 * Draws the labels a reader can read: each where it overlaps no other label, no node and no control, and inside
 * the view; below its node if it can be, else above, right or left; else not at all (a pointer on the node shows
 * it). Labels are placed by importance: the selection's, then its neighbourhood's (most prominent first), then the
 * relation labels on show, then everyone else's by prominence. Cheap enough to run whenever the view comes to rest.
 */
export function showReadableLabels(cy: Core, prominence: readonly string[]): void {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const toGraph = (x: number, y: number) => ({ x: (x - pan.x) / zoom, y: (y - pan.y) / zoom });
  const frame = viewFrameOf(cy);
  const topLeft = toGraph(GAP_PX, GAP_PX);
  const bottomRight = toGraph(cy.width() - GAP_PX, cy.height() - GAP_PX);
  const bounds: Box = { x1: topLeft.x, y1: topLeft.y, x2: bottomRight.x, y2: bottomRight.y };

  const nodes: NodeSingular[] = cy.nodes().toArray().filter((node): node is NodeSingular => node.isNode() && node.visible());
  const obstacles: Obstacle[] = nodes.map((node) => ({ id: node.id(), box: bodyOf(node) }));
  frame.covered.forEach((rect, i) => {
    const a = toGraph(rect.x1, rect.y1);
    const b = toGraph(rect.x2, rect.y2);
    obstacles.push({ id: `control:${i}`, box: { x1: a.x, y1: a.y, x2: b.x, y2: b.y } });
  });

  const rank = new Map(prominence.map((id, i) => [id, i]));
  const byRank = (a: NodeSingular, b: NodeSingular) => (rank.get(a.id()) ?? Infinity) - (rank.get(b.id()) ?? Infinity);
  const bright = nodes.filter((node) => !node.hasClass('faded') && !node.hasClass('is-selected')).sort(byRank);
  const faded = nodes.filter((node) => node.hasClass('faded')).sort(byRank);
  const edgeLabels = cy.edges('.show-label').toArray().filter((edge): edge is EdgeSingular => edge.isEdge() && edge.visible() && !edge.hasClass('is-selected'));

  const candidates: LabelCandidate[] = [];
  const elements = new Map<string, NodeSingular | EdgeSingular>();
  const add = (element: NodeSingular | EdgeSingular, always = false) => {
    const places = isNode(element) ? nodeLabelPlaces(element) : edgeLabelPlaces(element);
    if (places.length === 0) return;
    elements.set(element.id(), element);
    candidates.push({ id: element.id(), places, always, ...(isNode(element) ? { own: element.id() } : {}) });
  };
  cy.elements('.is-selected').forEach((element) => add(element, true));
  bright.forEach((node) => add(node));
  edgeLabels.forEach((edge) => add(edge));
  faded.forEach((node) => add(node));

  const shown = placeLabels(candidates, obstacles, bounds, GAP_PX / zoom);
  cy.batch(() => {
    for (const [id, element] of elements) {
      const place = shown.get(id);
      setClass(element, 'label-hidden', place === undefined);
      if (!isNode(element)) continue;
      for (const name of PLACEMENT_CLASSES) setClass(element, name, place !== undefined && PLACES[place] === name);
    }
  });
}

const isNode = (element: NodeSingular | EdgeSingular): element is NodeSingular => element.isNode();

/** Cytoscape restyles an element on any class call, so only a change is made. */
function setClass(element: NodeSingular | EdgeSingular, name: string, on: boolean): void {
  if (element.hasClass(name) !== on) element.toggleClass(name, on);
}

function bodyOf(node: NodeSingular): Box {
  const { x, y } = node.position();
  const w = node.outerWidth() / 2;
  const h = node.outerHeight() / 2;
  return { x1: x - w, y1: y - h, x2: x + w, y2: y + h };
}

/**
 * The four places a node's label can take, from its size as drawn now and the node's body. The gap between body and
 * label is read off the label where it is now (whichever place that is), so it matches what Cytoscape draws.
 */
function nodeLabelPlaces(node: NodeSingular): Box[] {
  if (!node.data('label')) return [];
  const label = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as never);
  if (!(label.w > 0 && label.h > 0)) return [];
  const { x, y } = node.position();
  const halfWidth = node.outerWidth() / 2;
  const halfHeight = node.outerHeight() / 2;
  // The same gap on every side: read it off whichever side the label is on now.
  const gap = node.hasClass('label-right')
    ? label.x1 - x - halfWidth
    : node.hasClass('label-left')
      ? x - halfWidth - label.x2
      : node.hasClass('label-above') || node.hasClass('label-above-right') || node.hasClass('label-above-left')
        ? y - halfHeight - label.y2
        : label.y1 - y - halfHeight;
  const { w, h } = label;
  const below = { y1: y + halfHeight + gap, y2: y + halfHeight + gap + h };
  const above = { y1: y - halfHeight - gap - h, y2: y - halfHeight - gap };
  const middle = { y1: y - h / 2, y2: y + h / 2 };
  const centre = { x1: x - w / 2, x2: x + w / 2 };
  const right = { x1: x + halfWidth + gap, x2: x + halfWidth + gap + w };
  const left = { x1: x - halfWidth - gap - w, x2: x - halfWidth - gap };
  // In the order of PLACES.
  return [
    { ...centre, ...below },
    { ...centre, ...above },
    { ...right, ...middle },
    { ...left, ...middle },
    { ...right, ...below },
    { ...left, ...below },
    { ...right, ...above },
    { ...left, ...above },
  ];
}

function edgeLabelPlaces(edge: EdgeSingular): Box[] {
  const label = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as never);
  return label.w > 0 && label.h > 0 ? [{ x1: label.x1, y1: label.y1, x2: label.x2, y2: label.y2 }] : [];
}
