import type { StylesheetJson } from 'cytoscape';
import type { GraphScale } from './graphScale';
import { KNOWN_TYPES, nodeTypeStyle } from './nodeTypeStyles';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Canvas colours per theme; the DOM's colours live in CSS variables, Cytoscape's here. */
const PALETTES = {
  light: { ink: '#1d2430', paper: '#ffffff', line: '#aeb5bf', lineFocus: '#6b7584', edgeText: '#39414d' },
  dark: { ink: '#eef1f5', paper: '#161b22', line: '#56606d', lineFocus: '#9aa4b2', edgeText: '#d5dae1' },
} as const;

/** Relation types drawn dashed or dotted, so conflict and divergence read without colour. */
const DASHED_EDGE_TYPES = ['opposition', 'accusation'];
const DOTTED_EDGE_TYPES = ['ideological-divergence'];

/** Smallest on-screen label size (px) drawn in a large graph: below it, a label is unreadable and costly to draw. */
const LARGE_GRAPH_MIN_LABEL_PX = 9;

/** The Cytoscape stylesheet: type styles, labels below nodes, and the classes the controller toggles. */
export function buildStylesheet(types: readonly string[], theme: keyof typeof PALETTES = 'light', scale: GraphScale = 'small'): StylesheetJson {
  const { ink: INK, paper, line, lineFocus, edgeText } = PALETTES[theme];
  const large = scale === 'large';
  const typeRules = [...new Set([...KNOWN_TYPES, ...types])].map((type) => {
    const style = nodeTypeStyle(type);
    return { selector: `node[type = ${JSON.stringify(type)}]`, style: { 'background-color': style.colour, shape: style.shape } };
  });
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 34,
        height: 34,
        'background-color': '#7c828c',
        'border-width': 2,
        'border-color': paper,
        color: INK,
        'font-family': FONT,
        'font-size': 16,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '136px',
        'text-background-color': paper,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        ...(large ? { 'min-zoomed-font-size': LARGE_GRAPH_MIN_LABEL_PX } : { 'transition-property': 'opacity', 'transition-duration': 150 }),
      },
    },
    ...typeRules,
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': line,
        'target-arrow-color': line,
        'curve-style': 'bezier',
        'control-point-step-size': 44,
        'arrow-scale': 0.9,
        'font-family': FONT,
        'font-size': 14,
        color: edgeText,
        'text-rotation': 'autorotate',
        'text-background-color': paper,
        'text-background-opacity': 0.92,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        ...(large ? { 'min-zoomed-font-size': LARGE_GRAPH_MIN_LABEL_PX } : {}),
      },
    },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    { selector: DASHED_EDGE_TYPES.map((t) => `edge[type = "${t}"]`).join(', '), style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4], width: 2.5, 'line-color': '#8a919c', 'target-arrow-color': '#8a919c' } },
    { selector: DOTTED_EDGE_TYPES.map((t) => `edge[type = "${t}"]`).join(', '), style: { 'line-style': 'dotted', width: 3.5, 'line-color': '#7b8390' } },
    { selector: 'edge.show-label, edge.hover-label', style: { label: 'data(label)', 'z-index': 8 } },
    // In a large graph nothing else fades, so the selection's relations must stand out on their own: darker and wider.
    large
      ? { selector: 'edge.in-focus', style: { width: 4, 'line-color': INK, 'target-arrow-color': INK, 'z-index': 5 } }
      : { selector: 'edge.in-focus', style: { width: 2.5, 'line-color': lineFocus, 'target-arrow-color': lineFocus, 'z-index': 5 } },
    { selector: '.faded', style: { opacity: 0.16 } },
    // A large graph's selection: a halo on the bright nodes (size, not only colour, tells them apart).
    { selector: 'node.ringed', style: { 'underlay-color': INK, 'underlay-opacity': 0.35, 'underlay-padding': 12, 'underlay-shape': 'ellipse', 'z-index': 9 } },
    { selector: 'node.faded', style: { 'text-opacity': 0.35 } },
    { selector: 'node.hover', style: { 'border-color': INK, 'border-width': 2 } },
    {
      selector: 'node.is-selected',
      style: { 'border-width': 4, 'border-color': INK, 'font-weight': 700, 'z-index': 10 },
    },
    {
      selector: 'edge.is-selected',
      style: { width: 4, 'line-color': INK, 'target-arrow-color': INK, 'z-index': 10, label: 'data(label)', 'font-weight': 700 },
    },
    { selector: '.filtered-out', style: { display: 'none' } },
  ];
}
