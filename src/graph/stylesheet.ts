import type { StylesheetJson } from 'cytoscape';
import { BASE_SIZES, NATURAL_SCALE, type DrawScale } from './drawScale';
import type { GraphScale } from './graphScale';
import { KNOWN_TYPES } from '../model/story/nodeTypes';
import { DASHED_KINDS, DOTTED_KINDS } from '../model/story/relationKinds';
import { nodeTypeStyle } from './nodeTypeStyles';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Canvas colours per theme; the DOM's colours live in CSS variables, Cytoscape's here. */
const PALETTES = {
  light: { ink: '#1d2430', paper: '#ffffff', line: '#aeb5bf', lineFocus: '#6b7584', edgeText: '#39414d', muted: '#5d6673' },
  dark: { ink: '#eef1f5', paper: '#161b22', line: '#56606d', lineFocus: '#9aa4b2', edgeText: '#d5dae1', muted: '#a3acb8' },
} as const;


/** Smallest on-screen label size (px) drawn in a large graph: below it, a label is unreadable and costly to draw. */
const LARGE_GRAPH_MIN_LABEL_PX = 10;
/** Gap between a node and its label, in units of the node label's scale. */
export const LABEL_MARGIN = 5;

/**
 * The Cytoscape stylesheet: type styles, labels below nodes, and the classes the controller toggles. `draw` enlarges
 * labels, nodes and lines for a zoomed-out view (see drawScale.ts); a small graph's labels also move beside or above
 * their node, or hide, where they would overlap (see readableLabels.ts).
 */
export function buildStylesheet(
  types: readonly string[],
  theme: keyof typeof PALETTES = 'light',
  scale: GraphScale = 'small',
  draw: DrawScale = NATURAL_SCALE,
): StylesheetJson {
  const { ink: INK, paper, line, lineFocus, edgeText, muted } = PALETTES[theme];
  const large = scale === 'large';
  const node = (units: number) => units * draw.node;
  const label = (units: number) => units * draw.nodeLabel;
  const width = (units: number) => units * draw.line;
  const typeRules = [...new Set([...KNOWN_TYPES, ...types])].map((type) => {
    const style = nodeTypeStyle(type);
    return { selector: `node[type = ${JSON.stringify(type)}]`, style: { 'background-color': style.colour, shape: style.shape } };
  });
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: node(BASE_SIZES.node),
        height: node(BASE_SIZES.node),
        'background-color': '#7c828c',
        'border-width': node(2),
        'border-color': paper,
        color: INK,
        'font-family': FONT,
        'font-size': label(BASE_SIZES.nodeLabel),
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': label(LABEL_MARGIN),
        'text-wrap': 'wrap',
        'text-max-width': `${label(136)}px`,
        'text-background-color': paper,
        'text-background-opacity': 0.85,
        'text-background-padding': `${label(1)}px`,
        'text-background-shape': 'roundrectangle',
        ...(large
          ? { 'min-zoomed-font-size': LARGE_GRAPH_MIN_LABEL_PX }
          : // A label is part of its node's target: a finger on "Kim Jong Un" selects him.
            { 'transition-property': 'background-opacity', 'transition-duration': 150, 'text-events': 'yes' }),
      },
    },
    ...typeRules,
    {
      selector: 'edge',
      style: {
        width: width(BASE_SIZES.line),
        'line-color': line,
        'target-arrow-color': line,
        'curve-style': 'bezier',
        'control-point-step-size': node(44),
        'arrow-scale': 0.9,
        'font-family': FONT,
        'font-size': BASE_SIZES.edgeLabel * draw.edgeLabel,
        color: edgeText,
        // Level, not along the line: a steep relation's label stays readable, and its box is the one placed.
        'text-rotation': 'none',
        'text-wrap': 'wrap',
        'text-max-width': `${160 * draw.edgeLabel}px`,
        'text-background-color': paper,
        'text-background-opacity': 0.92,
        'text-background-padding': `${2 * draw.edgeLabel}px`,
        'text-background-shape': 'roundrectangle',
        ...(large ? { 'min-zoomed-font-size': LARGE_GRAPH_MIN_LABEL_PX } : { 'text-events': 'yes' }),
      },
    },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    {
      selector: DASHED_KINDS.map((t) => `edge[type = "${t}"]`).join(', '),
      style: { 'line-style': 'dashed', 'line-dash-pattern': [7 * draw.line, 4 * draw.line], width: width(2.5), 'line-color': '#8a919c', 'target-arrow-color': '#8a919c' },
    },
    { selector: DOTTED_KINDS.map((t) => `edge[type = "${t}"]`).join(', '), style: { 'line-style': 'dotted', width: width(3.5), 'line-color': '#7b8390' } },
    { selector: 'edge.show-label, edge.hover-label', style: { label: 'data(label)', 'z-index': 8 } },
    // In a large graph nothing else fades, so the selection's relations must stand out on their own: darker and wider.
    large
      ? { selector: 'edge.in-focus', style: { width: 4, 'line-color': INK, 'target-arrow-color': INK, 'z-index': 5 } }
      : { selector: 'edge.in-focus', style: { width: width(2.5), 'line-color': lineFocus, 'target-arrow-color': lineFocus, 'z-index': 5 } },
    { selector: 'edge.faded', style: { opacity: 0.16 } },
    // Outside the selection's neighbourhood a node's fill fades, but it stays a target (a click selects it), so what
    // names and outlines it does not: its label in the muted text colour (5.3:1 on the light canvas, 7.5:1 on the
    // dark, WCAG's 4.5:1 for text) and a thin muted outline (over 3:1, for a graphic that must be seen).
    { selector: 'node.faded', style: { 'background-opacity': 0.16, 'border-color': muted, 'border-width': node(1.25), color: muted, 'font-weight': 400 } },
    // A large graph's selection: a halo on the bright nodes (size, not only colour, tells them apart).
    { selector: 'node.ringed', style: { 'underlay-color': INK, 'underlay-opacity': 0.35, 'underlay-padding': 12, 'underlay-shape': 'ellipse', 'z-index': 9 } },
    { selector: 'node.hover', style: { 'border-color': INK, 'border-width': node(2) } },
    {
      selector: 'node.is-selected',
      style: { 'border-width': node(4), 'border-color': INK, 'font-weight': 700, 'z-index': 10 },
    },
    {
      selector: 'edge.is-selected',
      style: { width: width(4), 'line-color': INK, 'target-arrow-color': INK, 'z-index': 10, label: 'data(label)', 'font-weight': 700 },
    },
    // Where a label goes when below its node it would cover another label, a node or a control (readableLabels.ts).
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -label(LABEL_MARGIN) } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': label(LABEL_MARGIN) } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -label(LABEL_MARGIN) } },
    ...(
      [
        ['below-right', 'bottom', 'right', 1, 1],
        ['below-left', 'bottom', 'left', -1, 1],
        ['above-right', 'top', 'right', 1, -1],
        ['above-left', 'top', 'left', -1, -1],
      ] as const
    ).map(([place, valign, halign, dx, dy]) => ({
      selector: `node.label-${place}`,
      style: { 'text-valign': valign, 'text-halign': halign, 'text-margin-x': dx * label(LABEL_MARGIN), 'text-margin-y': dy * label(LABEL_MARGIN) },
    })),
    // No room anywhere: not drawn (a pointer on the node shows it).
    { selector: '.label-hidden', style: { 'text-opacity': 0, 'text-events': 'no' } },
    { selector: 'node.label-hidden.hover', style: { 'text-opacity': 1, 'z-index': 20 } },
    { selector: '.filtered-out', style: { display: 'none' } },
  ];
}
