import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { nodeTypeStyle } from './nodeTypeStyles';
import { arrowMarkers, edgeSvg, type DrawnEdge } from './svgEdges';
import { escapeXml, estimateTextWidth, FADED_OPACITY, INK, MUTED, svgElement, svgNumber, TEXT_HALO, wrapLabel } from './svgMarkup';
import { borderPaint, emptyBounds, extend, outerRim, shapeSvg, type Bounds, type NodeOutline } from './svgShapes';

const FONT = 'system-ui, sans-serif';
const NODE_FONT_SIZE = 16;
const LINE_HEIGHT = 19;
/** The stylesheet's `text-margin-y`: labels sit just below their node. */
const LABEL_GAP = 5;
const PADDING = 32;
const DEFAULT_NODE_SIZE = 34;
/** The canvas shows an edge's label only under these classes; everywhere else it would be clutter. */
const EDGE_LABEL_CLASSES = ['show-label', 'hover-label', 'is-selected'];

interface DrawnNode extends NodeOutline {
  id: string;
  colour: string;
  lines: string[];
  faded: boolean;
}

/** Checks the class as well as `visible()`, which Cytoscape caches and, outside a batch, does not refresh on a class change. */
function isShown(element: SingularElementArgument): boolean {
  return !element.hasClass('filtered-out') && element.visible();
}

function styleString(edge: EdgeSingular, name: string, fallback: string): string {
  const value: unknown = edge.style(name);
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function readNode(node: NodeSingular): DrawnNode {
  const size = (value: number) => (Number.isFinite(value) && value > 0 ? value : DEFAULT_NODE_SIZE);
  const { x, y } = node.position();
  const style = nodeTypeStyle(String(node.data('type') ?? ''));
  return {
    id: node.id(), x, y, width: size(node.width()), height: size(node.height()),
    shape: style.shape, colour: style.colour,
    lines: wrapLabel(String(node.data('label') ?? '')),
    faded: node.hasClass('faded'),
    selected: node.hasClass('is-selected'),
  };
}

/** Colour, width and line style come from the live stylesheet, so the file follows whatever the canvas shows. */
function readEdge(edge: EdgeSingular, nodes: ReadonlyMap<string, DrawnNode>): DrawnEdge | undefined {
  const source = nodes.get(edge.source().id());
  const target = nodes.get(edge.target().id());
  if (!source || !target || !isShown(edge)) return undefined;
  const selected = edge.hasClass('is-selected');
  const width: unknown = edge.numericStyle('width');
  return {
    id: edge.id(), source, target, selected,
    colour: selected ? INK : styleString(edge, 'line-color', '#aeb5bf'),
    width: selected ? 4 : typeof width === 'number' && width > 0 ? width : 2,
    lineStyle: styleString(edge, 'line-style', 'solid'),
    directed: edge.hasClass('directed'),
    label: EDGE_LABEL_CLASSES.some((c) => edge.hasClass(c)) ? String(edge.data('label') ?? '') : '',
    faded: edge.hasClass('faded'),
  };
}

function nodeSvg(node: DrawnNode, bounds: Bounds): string {
  extend(bounds, node.x, node.y, node.width / 2 + outerRim(node), node.height / 2 + outerRim(node));
  const top = node.y + node.height / 2 + LABEL_GAP;
  const lines = node.lines.map((line, i) => {
    const baseline = top + NODE_FONT_SIZE * 0.9 + i * LINE_HEIGHT;
    extend(bounds, node.x, baseline - NODE_FONT_SIZE / 2, estimateTextWidth(line, NODE_FONT_SIZE) / 2 + 2, LINE_HEIGHT / 2 + 2);
    return svgElement('tspan', { x: node.x, y: baseline }, escapeXml(line));
  });
  const label = lines.length === 0 ? '' : svgElement('text', {
    'font-size': NODE_FONT_SIZE, 'font-weight': node.selected ? 700 : node.faded ? 400 : 500, fill: node.faded ? MUTED : INK, ...TEXT_HALO,
  }, lines.join(''));
  // As on the canvas, a faded node's fill fades; a thin muted outline and its name stay readable.
  const paint = node.faded ? { 'fill-opacity': FADED_OPACITY, stroke: MUTED, 'stroke-width': 1.25 } : borderPaint(node);
  const shape = shapeSvg(node.shape, node, { fill: node.colour, ...paint });
  return svgElement('g', { class: 'node', 'data-id': node.id }, shape + label);
}

/** The selection is drawn last, as its z-index lifts it above the rest on the canvas. */
const selectedLast = <T extends { selected: boolean }>(items: readonly T[]) => [...items].sort((a, b) => Number(a.selected) - Number(b.selected));

/** The graph as it stands (positions, hidden types, fading, selection) as a standalone SVG document, for print and CMS use. */
export function graphToSvg(cy: Core, options: { title?: string } = {}): string {
  const nodes = new Map(cy.nodes().toArray().filter(isShown).map((node) => [node.id(), readNode(node)] as const));
  const edges = cy.edges().map((edge) => readEdge(edge, nodes)).filter((edge) => edge !== undefined);
  const bounds = emptyBounds();
  const markers = arrowMarkers(edges);
  const edgeMarkup = selectedLast(edges).map((edge) => edgeSvg(edge, markers.ids, bounds));
  const nodeMarkup = selectedLast([...nodes.values()]).map((node) => nodeSvg(node, bounds));
  if (!Number.isFinite(bounds.x1)) Object.assign(bounds, { x1: 0, y1: 0, x2: 0, y2: 0 });
  const [x, y] = [bounds.x1 - PADDING, bounds.y1 - PADDING];
  const [width, height] = [bounds.x2 - bounds.x1 + 2 * PADDING, bounds.y2 - bounds.y1 + 2 * PADDING];
  const body = [
    options.title ? svgElement('title', {}, escapeXml(options.title)) : '',
    markers.defs.length > 0 ? svgElement('defs', {}, markers.defs.join('')) : '',
    svgElement('rect', { x, y, width, height, fill: '#ffffff' }),
    svgElement('g', { class: 'edges' }, edgeMarkup.join('\n')),
    svgElement('g', { class: 'nodes' }, nodeMarkup.join('\n')),
  ].filter(Boolean);
  const viewBox = [x, y, width, height].map(svgNumber).join(' ');
  const root = { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox, 'font-family': FONT, 'text-anchor': 'middle' };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgElement('svg', root, `\n${body.join('\n')}\n`)}\n`;
}
