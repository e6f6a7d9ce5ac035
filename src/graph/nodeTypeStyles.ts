import { typeName } from '../model/story/nodeTypes';

/** How a node type is drawn. Each type has its own shape as well as its colour, so colour is never the only cue. */
export interface NodeTypeStyle {
  /** The type's name in the product's words (model/story/nodeTypes.ts), carried along so a key drawn from the style names it the same way. */
  name: string;
  colour: string;
  /** A Cytoscape node shape. */
  shape: 'ellipse' | 'round-rectangle' | 'round-hexagon' | 'round-diamond' | 'round-triangle' | 'round-pentagon' | 'round-octagon' | 'rhomboid';
}

// Drawing only: the names come from model/story/nodeTypes.ts. A Map, not an object literal: a story's type is free
// text, and `constructor` or `__proto__` must find nothing here rather than Object.prototype's members.
const KNOWN = new Map<string, Omit<NodeTypeStyle, 'name'>>([
  ['person', { colour: '#2f6db5', shape: 'ellipse' }],
  ['nation', { colour: '#b4532a', shape: 'round-rectangle' }],
  ['group', { colour: '#b03a6f', shape: 'rhomboid' }],
  ['organization', { colour: '#6d4fa6', shape: 'round-hexagon' }],
  ['ideology', { colour: '#237a61', shape: 'round-diamond' }],
  ['event', { colour: '#9a6a00', shape: 'round-triangle' }],
  ['place', { colour: '#55606e', shape: 'round-pentagon' }],
]);

/** The neutral style for any type a story brings that we do not know. */
const OTHER_COLOUR = '#7c828c';

/** How a node of this type is drawn, and its name. */
export function nodeTypeStyle(type: string): NodeTypeStyle {
  return { name: typeName(type), ...(KNOWN.get(type) ?? { colour: OTHER_COLOUR, shape: 'round-octagon' }) };
}
