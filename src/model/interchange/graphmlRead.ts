import { LIMITS } from '../story/storyLimits';
import type { DraftEdge, DraftNode, DraftResult } from './draft';
import { evidenceFrom, splitAliases } from './flatText';
import { settledResult, unkeptNote } from './foreignIds';
import { readDirected } from './graphDirection';
import { readStoryFrame } from './storyFrame';
import { childNamed, childrenNamed, descendantsNamed, readGraphDocument, type XmlElement } from './xmlRead';

interface Key {
  name: string;
  type: string;
  default?: string;
  /** yEd's drawing data (labels, geometry, arrows) rather than a value. */
  yfiles?: string;
}

// What the reader takes from a node's or an edge's data, by attr.name in lower case; `quotes` is the readable twin of evidence.
const NODE_FIELDS = new Set(['label', 'name', 'type', 'kind', 'summary', 'description', 'aliases', 'x', 'y', 'evidence', 'quotes']);
const EDGE_FIELDS = new Set(['edge_id', 'label', 'name', 'interaction', 'type', 'relation', 'kind', 'directed', 'evidence', 'quotes']);

function readKeys(root: XmlElement): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attrs.get('id');
    if (id === undefined) continue;
    const fallback = childNamed(key, 'default')?.text;
    const yfiles = key.attrs.get('yfiles.type');
    keys.set(id, {
      name: (key.attrs.get('attr.name') ?? id).trim().toLowerCase(),
      type: key.attrs.get('attr.type') ?? 'string',
      ...(fallback !== undefined ? { default: fallback } : {}),
      ...(yfiles !== undefined ? { yfiles } : {}),
    });
  }
  return keys;
}

/** An element's values by attribute name (defaults first), and yEd's drawing data by its kind. */
function valuesOf(element: XmlElement, keys: Map<string, Key>): { values: Map<string, string>; drawing: Map<string, XmlElement> } {
  const values = new Map<string, string>();
  const drawing = new Map<string, XmlElement>();
  for (const key of keys.values()) if (key.default !== undefined && !key.yfiles) values.set(key.name, key.default);
  for (const data of childrenNamed(element, 'data')) {
    const key = keys.get(data.attrs.get('key') ?? '');
    if (key?.yfiles) drawing.set(key.yfiles, data);
    else values.set(key?.name ?? data.attrs.get('key') ?? '', data.text);
  }
  return { values, drawing };
}

const text = (value: string | undefined) => (value !== undefined && /\S/.test(value) ? value : undefined);

/** yEd keeps a node's label and box in its drawing data; the position is the box's centre, as Quotegraph places nodes. */
function yedNode(drawing: Map<string, XmlElement>): { label?: string; position?: { x: number; y: number } } {
  const graphics = drawing.get('nodegraphics');
  if (!graphics) return {};
  const label = text(descendantsNamed(graphics, 'NodeLabel')[0]?.text.trim());
  const box = descendantsNamed(graphics, 'Geometry')[0]?.attrs;
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(box?.get(name) ?? NaN));
  const position = [x, y].every(Number.isFinite) ? { x: (x ?? 0) + (Number.isFinite(w) ? (w ?? 0) / 2 : 0), y: (y ?? 0) + (Number.isFinite(h) ? (h ?? 0) / 2 : 0) } : undefined;
  return { ...(label ? { label } : {}), ...(position ? { position } : {}) };
}

function toNode(element: XmlElement, keys: Map<string, Key>, problems: string[]): DraftNode {
  const id = element.attrs.get('id') ?? '';
  const { values, drawing } = valuesOf(element, keys);
  const yed = yedNode(drawing);
  const [x, y] = [values.get('x'), values.get('y')].map((v) => (text(v) === undefined ? NaN : Number(v)));
  const position = Number.isFinite(x) && Number.isFinite(y) ? { x: x ?? 0, y: y ?? 0 } : yed.position;
  const summary = text(values.get('summary') ?? values.get('description'));
  const aliases = splitAliases(values.get('aliases') ?? '');
  return {
    id,
    label: text(values.get('label')) ?? text(values.get('name')) ?? yed.label ?? id,
    type: (text(values.get('type')) ?? text(values.get('kind')))?.trim() ?? 'other',
    ...(summary !== undefined ? { summary } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(position ? { position } : {}),
    ...evidenceFrom(values.get('evidence'), `node "${id}"`, problems),
  };
}

function toEdge(element: XmlElement, keys: Map<string, Key>, graphDirected: boolean, problems: string[]): DraftEdge {
  const { values, drawing } = valuesOf(element, keys);
  const graphics = drawing.get('edgegraphics');
  const yedLabel = graphics ? text(descendantsNamed(graphics, 'EdgeLabel')[0]?.text.trim()) : undefined;
  const arrows = graphics ? descendantsNamed(graphics, 'Arrows')[0]?.attrs : undefined;
  const yedUndirected = arrows ? arrows.get('source') === 'none' && arrows.get('target') === 'none' : undefined;
  // The `directed` value Quotegraph writes wins; then the edge's own attribute; then yEd's arrows; then the graph's default.
  const directed = readDirected(values.get('directed') ?? '') ?? readDirected(element.attrs.get('directed') ?? '') ?? (yedUndirected === undefined ? undefined : !yedUndirected) ?? graphDirected;
  const type = [values.get('type'), values.get('relation'), values.get('kind')].map(text).find((v) => v !== undefined)?.trim();
  const id = element.attrs.get('id') ?? text(values.get('edge_id')) ?? '';
  return {
    id,
    source: element.attrs.get('source') ?? '',
    target: element.attrs.get('target') ?? '',
    label: [values.get('label'), values.get('name'), values.get('interaction')].map(text).find((v) => v !== undefined) ?? yedLabel ?? 'related to',
    ...(type ? { type } : {}),
    directed,
    ...evidenceFrom(values.get('evidence'), `edge "${id}"`, problems),
  };
}

/** Every node and edge of a graph and the graphs nested in its nodes (GraphML's groups, flattened), with how many were nested. */
function collect(graph: XmlElement, depth = 0): { nodes: XmlElement[]; edges: XmlElement[]; nested: number } {
  const out = { nodes: childrenNamed(graph, 'node'), edges: childrenNamed(graph, 'edge'), nested: depth > 0 ? childrenNamed(graph, 'node').length : 0 };
  for (const node of childrenNamed(graph, 'node')) {
    for (const inner of childrenNamed(node, 'graph')) {
      const found = collect(inner, depth + 1);
      out.nodes.push(...found.nodes);
      out.edges.push(...found.edges);
      out.nested += found.nested;
    }
  }
  return out;
}

/** Names of attributes with a value that a story has no place for. */
function unknownNames(elements: readonly XmlElement[], keys: Map<string, Key>, known: ReadonlySet<string>): string[] {
  return elements.flatMap((element) => [...valuesOf(element, keys).values].filter(([name, value]) => !known.has(name) && /\S/.test(value)).map(([name]) => name));
}

/** Reads GraphML as Quotegraph, NetworkX, igraph, Gephi and yEd write it into a draft graph. */
export function graphmlToDraft(xml: string, fileName = 'the GraphML file'): DraftResult {
  const fail = (message: string): DraftResult => ({ ok: false, problems: [{ path: fileName, message }] });
  const document = readGraphDocument(xml, 'graphml', 'GraphML');
  if (!document.ok) return fail(document.message);
  const { graph } = document;
  const keys = readKeys(document.root);
  const { nodes, edges, nested } = collect(graph);
  if (nodes.length > LIMITS.nodes || edges.length > LIMITS.edges) {
    return fail(`Has ${nodes.length.toLocaleString('en')} nodes and ${edges.length.toLocaleString('en')} edges; a story holds at most ${LIMITS.nodes.toLocaleString('en')} and ${LIMITS.edges.toLocaleString('en')}.`);
  }
  const problems: string[] = [];
  const graphDirected = graph.attrs.get('edgedefault') !== 'undirected';
  const draftNodes = nodes.map((node) => toNode(node, keys, problems));
  const draftEdges = edges.map((edge) => toEdge(edge, keys, graphDirected, problems));
  if (problems.length > 0) return { ok: false, problems: problems.map((message) => ({ path: fileName, message })) };

  const notes: string[] = [];
  const storyData = valuesOf(graph, keys).values.get('story');
  const frame = storyData === undefined ? undefined : readStoryFrame(storyData);
  if (typeof frame === 'string') notes.push(frame);
  if (nested > 0) notes.push(`${nested.toLocaleString('en')} node(s) were inside groups (nested graphs); a story has no groups, so they are drawn on their own.`);
  const hyperedges = descendantsNamed(graph, 'hyperedge').length;
  if (hyperedges > 0) notes.push(`Not kept: ${hyperedges.toLocaleString('en')} hyperedge(s); a story's relations join two nodes.`);
  notes.push(...unkeptNote('node attributes', unknownNames(nodes, keys, NODE_FIELDS)), ...unkeptNote('edge attributes', unknownNames(edges, keys, EDGE_FIELDS)));
  const draft = { nodes: draftNodes, edges: draftEdges, ...(typeof frame === 'object' ? { frame } : {}) };
  return settledResult(draft, notes, (kind, i, field) => `${fileName} ${kind} ${i + 1} (${field})`);
}
