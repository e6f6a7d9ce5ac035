/** How a node type is drawn. Each type has its own shape as well as its colour, so colour is never the only cue. */
export interface NodeTypeStyle {
  /** Name shown in the legend and panels. */
  name: string;
  colour: string;
  /** A Cytoscape node shape. */
  shape: 'ellipse' | 'round-rectangle' | 'round-hexagon' | 'round-diamond' | 'round-triangle' | 'round-pentagon' | 'round-octagon' | 'rhomboid';
}

// A Map, not an object literal: a story's type is free text, and `constructor` or `__proto__` must find nothing
// here rather than Object.prototype's members.
const KNOWN = new Map<string, NodeTypeStyle>([
  ['person', { name: 'Person', colour: '#2f6db5', shape: 'ellipse' }],
  ['nation', { name: 'Nation', colour: '#b4532a', shape: 'round-rectangle' }],
  ['group', { name: 'Group', colour: '#b03a6f', shape: 'rhomboid' }],
  ['organization', { name: 'Organisation', colour: '#6d4fa6', shape: 'round-hexagon' }],
  ['ideology', { name: 'Ideology', colour: '#237a61', shape: 'round-diamond' }],
  ['event', { name: 'Event', colour: '#9a6a00', shape: 'round-triangle' }],
  ['place', { name: 'Place', colour: '#55606e', shape: 'round-pentagon' }],
]);

/** The neutral style for any type a story brings that we do not know. */
const OTHER_COLOUR = '#7c828c';

export function nodeTypeStyle(type: string): NodeTypeStyle {
  return KNOWN.get(type) ?? { name: type.charAt(0).toUpperCase() + type.slice(1), colour: OTHER_COLOUR, shape: 'round-octagon' };
}

/** The types this product styles specially, in legend order. */
export const KNOWN_TYPES: readonly string[] = [...KNOWN.keys()];
