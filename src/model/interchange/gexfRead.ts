import { LIMITS } from '../story/storyLimits';
import type { DraftEdge, DraftNode, DraftResult } from './draft';
import { evidenceFrom, splitAliases } from './flatText';
import { settledResult, unkeptNote } from './foreignIds';
import { readDirected } from './graphDirection';
import { childNamed, childrenNamed, readGraphDocument, type XmlElement } from './xmlRead';

// What the reader takes from attvalues, by attribute title in lower case; `quotes` is the readable twin of evidence.
const NODE_FIELDS = new Set(['type', 'kind', 'summary', 'description', 'aliases', 'evidence', 'quotes']);
const EDGE_FIELDS = new Set(['relation', 'kind', 'type', 'directed', 'evidence', 'quotes']);

/** Attribute titles by id, per class, with defaults. */
function readAttributes(graph: XmlElement): Record<'node' | 'edge', Map<string, { title: string; default?: string }>> {
  const classes = { node: new Map<string, { title: string; default?: string }>(), edge: new Map<string, { title: string; default?: string }>() };
  for (const block of childrenNamed(graph, 'attributes')) {
    const owner = block.attrs.get('class') === 'edge' ? classes.edge : classes.node;
    for (const attribute of childrenNamed(block, 'attribute')) {
      const id = attribute.attrs.get('id');
      if (id === undefined) continue;
      const fallback = childNamed(attribute, 'default')?.text;
      owner.set(id, { title: (attribute.attrs.get('title') ?? id).trim().toLowerCase(), ...(fallback !== undefined ? { default: fallback } : {}) });
    }
  }
  return classes;
}

function valuesOf(element: XmlElement, attributes: Map<string, { title: string; default?: string }>): Map<string, string> {
  const values = new Map<string, string>();
  for (const attribute of attributes.values()) if (attribute.default !== undefined) values.set(attribute.title, attribute.default);
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const value of childrenNamed(block, 'attvalue')) {
      const id = value.attrs.get('for') ?? value.attrs.get('id') ?? '';
      values.set(attributes.get(id)?.title ?? id.toLowerCase(), value.attrs.get('value') ?? '');
    }
  }
  return values;
}

const text = (value: string | undefined) => (value !== undefined && /\S/.test(value) ? value : undefined);

function toNode(element: XmlElement, values: Map<string, string>, problems: string[]): DraftNode {
  const id = element.attrs.get('id') ?? '';
  const viz = childNamed(element, 'position')?.attrs;
  const [x, y] = [Number(viz?.get('x') ?? NaN), Number(viz?.get('y') ?? NaN)];
  const summary = text(values.get('summary') ?? values.get('description'));
  const aliases = splitAliases(values.get('aliases') ?? '');
  return {
    id,
    label: text(element.attrs.get('label')) ?? id,
    type: (text(values.get('type')) ?? text(values.get('kind')))?.trim() ?? 'other',
    ...(summary !== undefined ? { summary } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    // Gephi's y axis points up and Quotegraph's down (see gexf.ts); 0 stays 0 rather than becoming -0.
    ...(Number.isFinite(x) && Number.isFinite(y) ? { position: { x, y: y === 0 ? 0 : -y } } : {}),
    ...evidenceFrom(values.get('evidence'), `node "${id}"`, problems),
  };
}

function toEdge(element: XmlElement, values: Map<string, string>, graphDirected: boolean, problems: string[]): DraftEdge {
  const edgeType = element.attrs.get('type');
  // Quotegraph's `directed` value wins; then the edge's own type (mutual is symmetric); then the graph's default.
  const directed = readDirected(values.get('directed') ?? '') ?? (edgeType === 'mutual' ? false : readDirected(edgeType ?? '')) ?? graphDirected;
  const type = [values.get('relation'), values.get('kind'), values.get('type')].map(text).find((v) => v !== undefined)?.trim();
  const id = element.attrs.get('id') ?? '';
  return {
    id,
    source: element.attrs.get('source') ?? '',
    target: element.attrs.get('target') ?? '',
    label: text(element.attrs.get('label')) ?? text(values.get('label')) ?? 'related to',
    ...(type ? { type } : {}),
    directed,
    ...evidenceFrom(values.get('evidence'), `edge "${id}"`, problems),
  };
}

/** Nodes, GEXF's nested nodes (hierarchy) included, with how many were nested. */
function collectNodes(parent: XmlElement, depth = 0): { nodes: XmlElement[]; nested: number } {
  const out = { nodes: [] as XmlElement[], nested: 0 };
  for (const block of childrenNamed(parent, 'nodes')) {
    for (const node of childrenNamed(block, 'node')) {
      out.nodes.push(node);
      if (depth > 0 || node.attrs.has('pid')) out.nested += 1;
      const inner = collectNodes(node, depth + 1);
      out.nodes.push(...inner.nodes);
      out.nested += inner.nested;
    }
  }
  return out;
}

/** What Gephi's viz data and dynamics held that a story does not keep, as notes. */
function lostExtras(nodes: readonly XmlElement[], edges: readonly XmlElement[]): string[] {
  const notes: string[] = [];
  const looks = nodes.filter((node) => ['color', 'size', 'shape'].some((name) => childNamed(node, name))).length;
  if (looks > 0) notes.push(`Not kept: colours, sizes and shapes of ${looks.toLocaleString('en')} node(s) (the explorer draws by type).`);
  const weighted = edges.filter((edge) => edge.attrs.has('weight') && Number(edge.attrs.get('weight')) !== 1).length;
  if (weighted > 0) notes.push(`Not kept: the weights of ${weighted.toLocaleString('en')} edge(s); a story's relations have no weight.`);
  const timed = [...nodes, ...edges].filter((element) => element.attrs.has('start') || element.attrs.has('end') || childNamed(element, 'spells')).length;
  if (timed > 0) notes.push(`Not kept: the times (start, end, spells) of ${timed.toLocaleString('en')} node(s) and edge(s).`);
  return notes;
}

/** Reads GEXF (1.1 to 1.3) as Quotegraph, Gephi and NetworkX write it into a draft graph. */
export function gexfToDraft(xml: string, fileName = 'the GEXF file'): DraftResult {
  const fail = (message: string): DraftResult => ({ ok: false, problems: [{ path: fileName, message }] });
  const document = readGraphDocument(xml, 'gexf', 'GEXF');
  if (!document.ok) return fail(document.message);
  const { graph } = document;
  const attributes = readAttributes(graph);
  const { nodes, nested } = collectNodes(graph);
  const edges = childrenNamed(graph, 'edges').flatMap((block) => childrenNamed(block, 'edge'));
  if (nodes.length > LIMITS.nodes || edges.length > LIMITS.edges) {
    return fail(`Has ${nodes.length.toLocaleString('en')} nodes and ${edges.length.toLocaleString('en')} edges; a story holds at most ${LIMITS.nodes.toLocaleString('en')} and ${LIMITS.edges.toLocaleString('en')}.`);
  }
  const problems: string[] = [];
  const graphDirected = graph.attrs.get('defaultedgetype') !== 'undirected';
  const nodeValues = nodes.map((node) => valuesOf(node, attributes.node));
  const edgeValues = edges.map((edge) => valuesOf(edge, attributes.edge));
  const draftNodes = nodes.map((node, i) => toNode(node, nodeValues[i] ?? new Map(), problems));
  const draftEdges = edges.map((edge, i) => toEdge(edge, edgeValues[i] ?? new Map(), graphDirected, problems));
  if (problems.length > 0) return { ok: false, problems: problems.map((message) => ({ path: fileName, message })) };

  const unknown = (all: Map<string, string>[], known: ReadonlySet<string>) => all.flatMap((values) => [...values].filter(([name, value]) => !known.has(name) && /\S/.test(value)).map(([name]) => name));
  const notes = [
    ...(nested > 0 ? [`${nested.toLocaleString('en')} node(s) were inside other nodes (GEXF hierarchy); a story has no groups, so they are drawn on their own.`] : []),
    ...lostExtras(nodes, edges),
    ...unkeptNote('node attributes', unknown(nodeValues, NODE_FIELDS)),
    ...unkeptNote('edge attributes', unknown(edgeValues, EDGE_FIELDS)),
  ];
  return settledResult({ nodes: draftNodes, edges: draftEdges }, notes, (kind, i, field) => `${fileName} ${kind} ${i + 1} (${field})`);
}
