// Variants of a valid story, each breaking (or bending) one thing, for holding fastStoryCheck to StorySchema.

/** Lengths around every limit the schema sets on strings and arrays, so each limit is tried at and just past it. */
const STRING_LENGTHS = [40, 41, 120, 121, 160, 161, 300, 301, 500, 501, 2000, 2001, 20_000, 20_001];
const ARRAY_LENGTHS = [20, 21, 100, 101, 200, 201, 500, 501];

/**
 * Values tried in place of every value of the story: wrong types, blanks, bad ids, dates and links, non-finite
 * numbers, links at the link limit, and strings at every limit.
 */
export const REPLACEMENTS: readonly unknown[] = [
  undefined, null, true, false, 0, 1, 2, -1, 0.5, -0, NaN, Infinity, -Infinity, 1e308, 10n,
  '', ' ', '\t\n', '\u00a0', '\u2003x', 'a', 'Z', '7', 'a b', 'a\n', '-a', '_a', '.a', ':a', 'a-b_c.d:e', 'é', 'a/b', 'a#b',
  'https://x', 'http://x.org/a?b', 'HTTPS://X', 'http://x y', 'ftp://x', 'https://', 'javascript:alert(1)',
  '2025-09-04', '2025-9-4', '2025-09-04T00:00', ' 2025-09-04', '２０２５-09-04',
  [], [1], ['a'], [{}], {}, { x: 1 }, { x: 1, y: 2 }, new Date(0), Object.create(null),
  ' '.repeat(161), `https://${'a'.repeat(1992)}`, `https://${'a'.repeat(1993)}`,
  ...STRING_LENGTHS.map((n) => 'a'.repeat(n)),
];

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
}

/** Puts an object's keys back exactly as they were, order included. */
function restore(object: Record<string, unknown>, entries: [string, unknown][]): void {
  for (const key of Object.keys(object)) delete object[key];
  for (const [key, value] of entries) object[key] = value;
}

/**
 * Mutates `story` in place, one change at a time, yielding a description of each; the change is undone when the
 * consumer asks for the next one, so check the story before asking. Visits every value, however deep. The first
 * "variant" is the story as it is.
 */
export function* variantsOf(story: Record<string, unknown>): Generator<string> {
  yield 'as it is';
  yield* visit(story, 'story');
}

function* visit(container: Container, where: string): Generator<string> {
  if (Array.isArray(container)) yield* visitArray(container, where);
  else yield* visitObject(container, where);
}

function* visitObject(object: Record<string, unknown>, where: string): Generator<string> {
  const entries = Object.entries(object);
  for (const [key, original] of entries) {
    for (const value of REPLACEMENTS) {
      object[key] = value;
      yield `${where}.${key} = ${describe(value)}`;
    }
    delete object[key];
    yield `${where}.${key} removed`;
    restore(object, entries);
    if (isContainer(original)) yield* visit(original, `${where}.${key}`);
  }
  object.extra = 1;
  yield `${where} with an unknown key`;
  delete object.extra;
  // JSON.parse('{"__proto__": 1}') makes an own key of that name; zod calls it unrecognized.
  Object.defineProperty(object, '__proto__', { value: 1, enumerable: true, configurable: true, writable: true });
  yield `${where} with an own "__proto__" key`;
  restore(object, entries);
  restore(object, [...entries].reverse());
  yield `${where} with its keys in reverse order`;
  restore(object, entries);
  Object.setPrototypeOf(object, null);
  yield `${where} without a prototype`;
  Object.setPrototypeOf(object, Object.prototype);
}

function* visitArray(array: unknown[], where: string): Generator<string> {
  const items = [...array];
  for (let i = 0; i < items.length; i++) {
    for (const value of REPLACEMENTS) {
      array[i] = value;
      yield `${where}[${i}] = ${describe(value)}`;
    }
    array[i] = items[i];
    const item = items[i];
    if (isContainer(item)) yield* visit(item, `${where}[${i}]`);
  }
  array.length = 0;
  yield `${where} emptied`;
  array.push(...items.slice(1));
  yield `${where} without its first item`;
  array.length = 0;
  array.push(...items);
  array.length = items.length + 1;
  yield `${where} with a hole at the end`;
  array.length = items.length;
  const first = items[0];
  for (const length of ARRAY_LENGTHS) {
    if (first === undefined || length <= items.length) continue;
    while (array.length < length) array.push(first);
    yield `${where} repeated to ${length} items`;
  }
  array.length = 0;
  array.push(...items);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 24 ? `${JSON.stringify(value.slice(0, 8))}… (${value.length} characters)` : JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date) return 'a Date';
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === null) return 'a null-prototype object';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
