import type { NodeTypeStyle } from './nodeTypeStyles';
import { INK, svgElement, svgNumber, type SvgAttrs } from './svgMarkup';

/** A Cytoscape node shape this product uses. */
export type Shape = NodeTypeStyle['shape'];
type PolygonShape = Exclude<Shape, 'ellipse' | 'round-rectangle'>;

/** Cytoscape's n-gon: starts at the top (odd) or a flat top edge (even), then stretched to fill the unit square. */
function unitNgon(sides: number): number[] {
  const step = (2 * Math.PI) / sides;
  const start = Math.PI / 2 + (sides % 2 === 0 ? step / 2 : 0);
  const points: number[] = [];
  for (let i = 0; i < sides; i++) points.push(Math.cos(start + i * step), -Math.sin(start + i * step));
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  return points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
}

/**
 * Unit outlines (x, y pairs in -1…1) matching Cytoscape's own, so the file shows the shapes the canvas shows.
 * Typed over every polygon shape: a new shape in nodeTypeStyles fails to compile until it is drawn here.
 */
const UNIT_POLYGONS: Record<PolygonShape, number[]> = {
  'round-hexagon': unitNgon(6),
  'round-diamond': [0, 1, 1, 0, 0, -1, -1, 0],
  'round-triangle': unitNgon(3),
  'round-pentagon': unitNgon(5),
  'round-octagon': unitNgon(8),
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
};
const UNIT_SQUARE = [-1, -1, 1, -1, 1, 1, -1, 1];

/** Where a node is, and how big, in model coordinates. */
export interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A drawn node as far as its outline matters: the selected one has a border twice as thick. */
export interface NodeOutline extends NodeBox {
  shape: Shape;
  selected: boolean;
}

/** The node's border, as the stylesheet draws it: white 2px, or dark 4px on the selection. */
export const borderPaint = (node: NodeOutline) => (node.selected ? { stroke: INK, 'stroke-width': 4 } : { stroke: '#ffffff', 'stroke-width': 2 });
/** Half the border lies outside the outline, so edges and bounds must reach past it. */
export const outerRim = (node: NodeOutline) => borderPaint(node)['stroke-width'] / 2;

/** The extent of everything drawn so far, in model coordinates. */
export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const emptyBounds = (): Bounds => ({ x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity });

/** Grows the bounds to take in a point, or a box of half-size (rx, ry) around it. */
export function extend(bounds: Bounds, x: number, y: number, rx = 0, ry = rx): void {
  bounds.x1 = Math.min(bounds.x1, x - rx);
  bounds.y1 = Math.min(bounds.y1, y - ry);
  bounds.x2 = Math.max(bounds.x2, x + rx);
  bounds.y2 = Math.max(bounds.y2, y + ry);
}

/** Pairs the unit outline up and scales it to the box. */
function outline(unit: readonly number[], box: NodeBox): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (let i = 0; i + 1 < unit.length; i += 2) {
    points.push([box.x + ((unit[i] ?? 0) * box.width) / 2, box.y + ((unit[i + 1] ?? 0) * box.height) / 2]);
  }
  return points;
}

/** A node's shape as one SVG element: circle or ellipse, rounded rect, or the polygon Cytoscape draws. */
export function shapeSvg(shape: Shape, box: NodeBox, paint: SvgAttrs): string {
  const { x, y, width, height } = box;
  if (shape === 'ellipse') {
    return width === height
      ? svgElement('circle', { cx: x, cy: y, r: width / 2, ...paint })
      : svgElement('ellipse', { cx: x, cy: y, rx: width / 2, ry: height / 2, ...paint });
  }
  if (shape === 'round-rectangle') {
    const rx = Math.min(width / 4, height / 4, 8);
    return svgElement('rect', { x: x - width / 2, y: y - height / 2, width, height, rx, ...paint });
  }
  const points = outline(UNIT_POLYGONS[shape], box).map(([px, py]) => `${svgNumber(px)},${svgNumber(py)}`);
  return svgElement('polygon', { points: points.join(' '), 'stroke-linejoin': 'round', ...paint });
}

/** How far from the centre the outline lies in direction (dx, dy), so edges stop at the node instead of under it. */
export function boundaryDistance(shape: Shape, box: NodeBox, dx: number, dy: number): number {
  const length = Math.hypot(dx, dy);
  if (length === 0) return 0;
  const [ux, uy] = [dx / length, dy / length];
  if (shape === 'ellipse') return 1 / Math.hypot((2 * ux) / box.width, (2 * uy) / box.height);
  const points = outline(shape === 'round-rectangle' ? UNIT_SQUARE : UNIT_POLYGONS[shape], { ...box, x: 0, y: 0 });
  let nearest = Infinity;
  points.forEach(([ax, ay], i) => {
    const [bx, by] = points[(i + 1) % points.length] ?? [ax, ay];
    // Ray t·u meets segment a + s·(b − a): solve the 2×2 system by Cramer's rule.
    const [ex, ey] = [bx - ax, by - ay];
    const det = ux * -ey + uy * ex;
    if (Math.abs(det) < 1e-12) return;
    const t = (ax * -ey + ay * ex) / det;
    const s = (ux * ay - uy * ax) / det;
    if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9) nearest = Math.min(nearest, t);
  });
  return Number.isFinite(nearest) ? nearest : Math.min(box.width, box.height) / 2;
}
