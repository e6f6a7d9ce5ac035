/*
 * The node types the product knows, named in its own words. A story keeps its type strings as written (`organization`
 * is the format's word); everything a reader sees or hears (legend, panels, list, search, announcements, embeds) uses
 * these names, so the product says "Organisation" throughout.
 */

// A Map, not an object literal: a story's type is free text, and `constructor` or `__proto__` must find nothing
// here rather than Object.prototype's members.
const NAMES = new Map<string, string>([
  ['person', 'Person'],
  ['nation', 'Nation'],
  ['group', 'Group'],
  ['organization', 'Organisation'],
  ['ideology', 'Ideology'],
  ['event', 'Event'],
  ['place', 'Place'],
]);

/** The types this product names and styles specially, in legend order. */
export const KNOWN_TYPES: readonly string[] = [...NAMES.keys()];

/** A node type's name as a heading or label shows it: the product's for the types it knows, else the story's word with a capital. */
export function typeName(type: string): string {
  return NAMES.get(type) ?? type.charAt(0).toUpperCase() + type.slice(1);
}

/**
 * A node type's name inside a sentence ("Selected organisation …", "Hide person nodes"): the product's name in lower
 * case for the types it knows; a story's own word as the curator wrote it (an "NGO" stays "NGO").
 */
export function typeNameInSentence(type: string): string {
  const known = NAMES.get(type);
  return known === undefined ? type : known.toLowerCase();
}
