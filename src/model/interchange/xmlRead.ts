// A small XML reader for the graph files people import (GraphML, GEXF). It runs the same in the browser and in the
// command line (Node has no DOMParser), and it is safe on hostile files: no DTD is read, so no entity expands to
// more than one character and no outside file is fetched; a document type with an internal subset is refused.

/** One element: its qualified name split into prefix and local name, attributes by qualified name, children in order. */
export interface XmlElement {
  name: string;
  local: string;
  attrs: Map<string, string>;
  children: XmlElement[];
  /** The element's own text, its child elements' text left out (enough for GraphML's data and GEXF's meta). */
  text: string;
}

/** The root element, or where and why the text is not XML this reader accepts. */
export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; message: string };

const ENTITIES = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);

/** Replaces the five predefined entities and character references; anything else is an error. */
function decodeEntities(text: string): string {
  return text.replace(/&([^;\s&]{0,12});/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) throw new Error(`bad character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const known = ENTITIES.get(name);
    if (known === undefined) throw new Error(`unknown entity ${whole} (only XML's five are read)`);
    return known;
  });
}

// Sticky patterns, matched in place (no copies of the rest of the file per attribute).
const NAME = /[^\s/>=<"']+/y;
const ATTRIBUTE = /\s+([^\s/>=<"']+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;

/** Elements nested deeper than this are refused: no graph file needs it, and a hostile one could exhaust the stack of whoever walks the tree. */
const MAX_DEPTH = 100;

/** Line of an offset, for messages. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function newElement(name: string): XmlElement {
  const colon = name.indexOf(':');
  return { name, local: colon === -1 ? name : name.slice(colon + 1), attrs: new Map(), children: [], text: '' };
}

/** Reads a start tag at `at` (just after `<`): the element, where the tag ends, and whether it closed itself. */
function readStartTag(text: string, at: number): { element: XmlElement; end: number; selfClosing: boolean } {
  const matchAt = (pattern: RegExp, index: number) => {
    pattern.lastIndex = index;
    return pattern.exec(text);
  };
  const name = matchAt(NAME, at)?.[0];
  if (!name) throw new Error('a tag without a name');
  const element = newElement(name);
  let i = at + name.length;
  for (;;) {
    const close = matchAt(TAG_END, i);
    if (close) return { element, end: i + close[0].length, selfClosing: close[1] === '/' };
    const attr = matchAt(ATTRIBUTE, i);
    if (!attr?.[1]) throw new Error(`a malformed attribute in <${name}>`);
    // Attribute value normalisation (XML 1.0 §3.3.3): a literal tab or line break is a space; &#10; stays a line break.
    const raw = (attr[2] ?? attr[3] ?? '').replace(/[\n\t]/g, ' ');
    if (element.attrs.has(attr[1])) throw new Error(`attribute ${attr[1]} twice in <${name}>`);
    element.attrs.set(attr[1], decodeEntities(raw));
    i += attr[0].length;
  }
}

/** Skips what is not content: the declaration, processing instructions, comments and a document type without a subset. */
function skipMarkup(text: string, i: number): number {
  const skip = (open: string, close: string) => {
    const end = text.indexOf(close, i + open.length);
    if (end === -1) throw new Error(`${open} is never closed`);
    return end + close.length;
  };
  if (text.startsWith('<?', i)) return skip('<?', '?>');
  if (text.startsWith('<!--', i)) return skip('<!--', '-->');
  if (text.startsWith('<!DOCTYPE', i)) {
    const end = skip('<!DOCTYPE', '>');
    if (text.slice(i, end).includes('[')) throw new Error('a document type with its own declarations (entities could expand without limit)');
    return end;
  }
  return -1;
}

/** Parses a whole document; text is decoded already (see textBytes.ts). */
export function readXml(input: string): XmlReadResult {
  const text = input.replace(/\r\n?/g, '\n');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  try {
    while (i < text.length) {
      const lt = text.indexOf('<', i);
      const chunk = text.slice(i, lt === -1 ? text.length : lt);
      const open = stack[stack.length - 1];
      if (open) open.text += decodeEntities(chunk);
      else if (/\S/.test(chunk)) throw new Error('text outside the root element');
      if (lt === -1) break;
      i = lt;
      const skipped = skipMarkup(text, i);
      if (skipped !== -1) {
        i = skipped;
      } else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i);
        if (end === -1 || !open) throw new Error('a CDATA section out of place or never closed');
        open.text += text.slice(i + 9, end);
        i = end + 3;
      } else if (text[i + 1] === '/') {
        const end = text.indexOf('>', i);
        const name = text.slice(i + 2, end === -1 ? undefined : end).trim();
        const top = stack.pop();
        if (!top || top.name !== name) throw new Error(`</${name}> does not close <${top?.name ?? 'nothing'}>`);
        i = end + 1;
      } else {
        const { element, end, selfClosing } = readStartTag(text, i + 1);
        if (open) open.children.push(element);
        else if (root) throw new Error('a second root element');
        else root = element;
        if (!selfClosing) stack.push(element);
        if (stack.length > MAX_DEPTH) throw new Error(`elements nested more than ${MAX_DEPTH} deep`);
        i = end;
      }
    }
    if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.name ?? ''}> is never closed`);
    if (!root) throw new Error('no element at all');
    return { ok: true, root };
  } catch (error) {
    return { ok: false, message: `Not readable as XML near line ${lineAt(text, i)}: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

/** Child elements with this local name (namespace prefixes ignored: GraphML and GEXF files differ in how they write them). */
export function childrenNamed(parent: XmlElement, local: string): XmlElement[] {
  return parent.children.filter((child) => child.local === local);
}

/** The first child element with this local name. */
export function childNamed(parent: XmlElement, local: string): XmlElement | undefined {
  return parent.children.find((child) => child.local === local);
}

/** Every descendant with this local name, depth first. */
export function descendantsNamed(parent: XmlElement, local: string): XmlElement[] {
  return parent.children.flatMap((child) => [...(child.local === local ? [child] : []), ...descendantsNamed(child, local)]);
}

/** The document's root and its first <graph>, when the root is `rootName` (GraphML and GEXF alike); else why not. */
export function readGraphDocument(xml: string, rootName: string, format: string): { ok: true; root: XmlElement; graph: XmlElement } | { ok: false; message: string } {
  const parsed = readXml(xml);
  if (!parsed.ok) return parsed;
  if (parsed.root.local !== rootName) return { ok: false, message: `Is not ${format}: its root element is <${parsed.root.name}>.` };
  const graph = childNamed(parsed.root, 'graph');
  return graph ? { ok: true, root: parsed.root, graph } : { ok: false, message: 'Has no <graph> element.' };
}
