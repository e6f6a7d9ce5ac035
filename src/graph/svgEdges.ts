import { escapeXml, estimateTextWidth, FADED_OPACITY, svgElement, svgNumber, TEXT_HALO } from './svgMarkup';
import { boundaryDistance, extend, outerRim, type Bounds, type NodeOutline } from './svgShapes';

const EDGE_INK = '#39414d';
const EDGE_FONT_SIZE = 14;
/** The stylesheet's `line-dash-pattern` for dashed relations. */
const DASH_PATTERN = '7 4';

/** An edge as the SVG draws it, read from the graph's current state. */
export interface DrawnEdge {
  id: string;
  source: NodeOutline;
  target: NodeOutline;
  colour: string;
  width: number;
  /** Cytoscape's `line-style`: solid, dashed or dotted. */
  lineStyle: string;
  directed: boolean;
  /** Empty when the canvas is not showing the label. */
  label: string;
  faded: boolean;
  selected: boolean;
}

type Point = readonly [number, number];

const arrowLength = (width: number) => 6 + 2 * width;
const markerKey = (edge: DrawnEdge) => `${edge.colour}|${edge.width}`;

/** SVG 1.1 markers cannot take their line's colour, so there is one arrowhead per colour and width in use. */
export function arrowMarkers(edges: readonly DrawnEdge[]): { defs: string[]; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  const defs: string[] = [];
  for (const edge of edges) {
    if (!edge.directed || ids.has(markerKey(edge))) continue;
    const id = `arrow-${ids.size}`;
    const length = arrowLength(edge.width);
    const breadth = length * 0.8;
    ids.set(markerKey(edge), id);
    const head = svgElement('path', { d: `M0,0L${svgNumber(length)},${svgNumber(breadth / 2)}L0,${svgNumber(breadth)}z`, fill: edge.colour });
    // refX 0 puts the arrow's base at the line's end; the line stops one arrow short of the node, so the tip touches it.
    defs.push(svgElement('marker', {
      id, viewBox: `0 0 ${svgNumber(length)} ${svgNumber(breadth)}`, markerWidth: length, markerHeight: breadth,
      markerUnits: 'userSpaceOnUse', refX: 0, refY: breadth / 2, orient: 'auto',
    }, head));
  }
  return { defs, ids };
}

/** The line's points in model coordinates (start, [two controls,] end) and where its label sits. */
function edgeGeometry(edge: DrawnEdge): { points: Point[]; x: number; y: number; angle: number } {
  const { source: s, target: t } = edge;
  const arrow = edge.directed ? arrowLength(edge.width) : 0;
  if (s === t) {
    // A loop becomes a small arc above the node, ending where its arrowhead can still be seen.
    const top = s.y - s.height / 2 - outerRim(s);
    const lift = top - s.height * 1.4;
    const points: Point[] = [[s.x - s.width / 4, top], [s.x - s.width * 1.2, lift], [s.x + s.width * 1.2, lift], [s.x + s.width / 4, top - arrow]];
    return { points, x: s.x, y: top - s.height * 1.05, angle: 0 };
  }
  const [dx, dy] = [t.x - s.x, t.y - s.y];
  const length = Math.hypot(dx, dy);
  let start = boundaryDistance(s.shape, s, dx, dy) + outerRim(s);
  let end = boundaryDistance(t.shape, t, -dx, -dy) + outerRim(t) + arrow;
  // Overlapping nodes leave no room between their outlines: run centre to centre rather than backwards.
  if (start + end >= length) [start, end] = [0, 0];
  const [ux, uy] = length > 0 ? [dx / length, dy / length] : [0, 0];
  const degrees = (Math.atan2(dy, dx) * 180) / Math.PI;
  // Keep labels upright, as the canvas's autorotate does.
  const angle = degrees > 90 ? degrees - 180 : degrees < -90 ? degrees + 180 : degrees;
  const points: Point[] = [[s.x + ux * start, s.y + uy * start], [t.x - ux * end, t.y - uy * end]];
  return { points, x: (s.x + t.x) / 2, y: (s.y + t.y) / 2, angle };
}

function pathData(points: readonly Point[]): string {
  const [first, ...rest] = points.map(([px, py]) => `${svgNumber(px)},${svgNumber(py)}`);
  return `M${first ?? '0,0'}${rest.length === 1 ? 'L' : 'C'}${rest.join(' ')}`;
}

function dashArray(edge: DrawnEdge): string | undefined {
  if (edge.lineStyle === 'dashed') return DASH_PATTERN;
  // A zero-length dash with round caps draws a dot as wide as the line.
  if (edge.lineStyle === 'dotted') return `0 ${svgNumber(edge.width * 2)}`;
  return undefined;
}

/** One edge as a `<g class="edge">`: its line, arrowhead and (when shown) label; grows `bounds` to cover them. */
export function edgeSvg(edge: DrawnEdge, markers: ReadonlyMap<string, string>, bounds: Bounds): string {
  const { points, x, y, angle } = edgeGeometry(edge);
  for (const [px, py] of points) extend(bounds, px, py, edge.width);
  const marker = edge.directed ? markers.get(markerKey(edge)) : undefined;
  const line = svgElement('path', {
    d: pathData(points), fill: 'none', stroke: edge.colour, 'stroke-width': edge.width, 'stroke-dasharray': dashArray(edge),
    'stroke-linecap': edge.lineStyle === 'dotted' ? 'round' : undefined, 'marker-end': marker ? `url(#${marker})` : undefined,
  });
  let label = '';
  if (edge.label) {
    extend(bounds, x, y, estimateTextWidth(edge.label, EDGE_FONT_SIZE) / 2 + 4);
    label = svgElement('text', {
      x, y, dy: '0.35em', transform: angle ? `rotate(${svgNumber(angle)} ${svgNumber(x)} ${svgNumber(y)})` : undefined,
      'font-size': EDGE_FONT_SIZE, 'font-weight': edge.selected ? 700 : undefined, fill: EDGE_INK, ...TEXT_HALO,
    }, escapeXml(edge.label));
  }
  return svgElement('g', { class: 'edge', 'data-id': edge.id, opacity: edge.faded ? FADED_OPACITY : undefined }, line + label);
}
