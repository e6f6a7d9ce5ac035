import '../zodConfig';
import { z } from 'zod';
import { formatPath } from '../story/formatPath';
import { LIMITS } from '../story/storyLimits';
import type { Problem } from '../story/types';
import type { DraftEdge, DraftNode, DraftResult } from './draft';
import { readEvidence } from './flatText';
import { settledResult, unkeptNote } from './foreignIds';
import { readStoryFrame } from './storyFrame';

// Cytoscape desktop writes numeric ids and labels as numbers, and null for an empty cell; all are accepted.
const Text = z.union([z.string(), z.number()]).transform(String);
const ElementSchema = z.looseObject({
  group: z.enum(['nodes', 'edges']).optional(),
  data: z.looseObject({
    id: Text.nullish(),
    label: Text.nullish(),
    name: Text.nullish(),
    type: Text.nullish(),
    kind: Text.nullish(),
    relation: Text.nullish(),
    summary: Text.nullish(),
    aliases: z.array(Text).nullish(),
    source: Text.nullish(),
    target: Text.nullish(),
    interaction: Text.nullish(),
    directed: z.boolean().nullish(),
    parent: Text.nullish(),
    evidence: z.unknown().optional(),
  }),
  position: z.looseObject({ x: z.number(), y: z.number() }).optional(),
});
type ElementJson = z.infer<typeof ElementSchema>;
type Path = (string | number)[];

// What the reader takes from an element's data; anything else with a value is named in a note. `value` and `key` are
// NetworkX's copies of the id, `shared name`, `shared interaction`, `SUID` and `selected` Cytoscape desktop's bookkeeping.
const READ = new Set(['id', 'label', 'name', 'type', 'kind', 'relation', 'summary', 'aliases', 'source', 'target', 'interaction', 'directed', 'evidence', 'quotes', 'parent', 'value', 'key', 'shared name', 'shared interaction', 'SUID', 'selected']);

interface Located {
  value: unknown;
  path: Path;
  group?: 'nodes' | 'edges';
}

const SHAPE_HINT = 'Expected Cytoscape JSON: { "elements": { "nodes": [...], "edges": [...] } }, { "elements": [...] }, or an array of elements.';

/** Finds the elements in any of the three layouts Cytoscape tools write, or says why none could be found. */
function locateElements(input: unknown): Located[] | Problem {
  const listAt = (value: unknown, path: Path, group?: 'nodes' | 'edges'): Located[] | Problem =>
    Array.isArray(value) ? value.map((item, i) => ({ value: item, path: [...path, i], ...(group ? { group } : {}) })) : { path: formatPath(path), message: 'Must be an array of elements.' };
  if (Array.isArray(input)) return listAt(input, []);
  if (typeof input !== 'object' || input === null || !('elements' in input)) return { path: '(the whole file)', message: SHAPE_HINT };
  const elements = input.elements;
  if (Array.isArray(elements)) return listAt(elements, ['elements']);
  if (typeof elements !== 'object' || elements === null) return { path: 'elements', message: SHAPE_HINT };
  const found: Located[] = [];
  for (const group of ['nodes', 'edges'] as const) {
    const list: unknown = Reflect.get(elements, group);
    const located = listAt(list ?? [], ['elements', group], group);
    if (!Array.isArray(located)) return located;
    found.push(...located);
  }
  return found;
}

/** The first value that has any visible text; Cytoscape files often carry empty labels beside a real name. */
function firstText(...values: (string | null | undefined)[]): string | undefined {
  return values.find((value): value is string => typeof value === 'string' && /\S/.test(value));
}

/** Evidence from `data.evidence` (Quotegraph writes JSON text; a list is read too), or a problem message. */
function evidenceOf(element: ElementJson): { evidence?: DraftNode['evidence'] } | string {
  const value = element.data.evidence;
  if (value === undefined || value === null) return {};
  const evidence = readEvidence(value);
  return typeof evidence === 'string' ? evidence : evidence.length > 0 ? { evidence } : {};
}

function toNode(element: ElementJson, evidence: { evidence?: DraftNode['evidence'] }): DraftNode {
  const { data, position } = element;
  const id = String(data.id);
  const summary = firstText(data.summary);
  const aliases = (data.aliases ?? []).filter((alias) => /\S/.test(alias));
  return {
    id,
    label: firstText(data.label, data.name) ?? id,
    type: firstText(data.type, data.kind) ?? 'other',
    ...(summary !== undefined ? { summary } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(position ? { position: { x: position.x, y: position.y } } : {}),
    ...evidence,
  };
}

function toEdge(element: ElementJson, graphDirected: boolean | undefined, evidence: { evidence?: DraftNode['evidence'] }): DraftEdge {
  const { data } = element;
  // An edge's kind, by the names tools give it (NetworkX users often say relation), as the GraphML reader takes it.
  const type = firstText(data.type, data.relation, data.kind);
  // An edge's own `directed` wins; else the graph's (NetworkX's cytoscape_data writes only that); else unsaid.
  const directed = typeof data.directed === 'boolean' ? data.directed : graphDirected;
  return {
    id: firstText(data.id) ?? '',
    source: String(data.source),
    target: String(data.target),
    label: firstText(data.label, data.interaction) ?? 'related to',
    ...(type !== undefined ? { type } : {}),
    ...(directed !== undefined ? { directed } : {}),
    ...evidence,
  };
}

/** The graph-level fields: `directed` (NetworkX) and the story frame Quotegraph writes in `data.story`. */
function graphLevel(input: unknown, notes: string[]) {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return {};
  const directed: unknown = Reflect.get(input, 'directed');
  const data: unknown = Reflect.get(input, 'data');
  const story: unknown = typeof data === 'object' && data !== null && !Array.isArray(data) ? Reflect.get(data, 'story') : undefined;
  const frame = typeof story === 'string' ? readStoryFrame(story) : undefined;
  if (typeof frame === 'string') notes.push(frame);
  return { ...(typeof directed === 'boolean' ? { directed } : {}), ...(typeof frame === 'object' ? { frame } : {}) };
}

/** Names of data fields an element carried with a value that a story cannot keep. */
function unknownFields(elements: readonly ElementJson[]): string[] {
  return elements.flatMap(({ data }) => Object.entries(data).filter(([key, value]) => !READ.has(key) && value !== null && value !== '').map(([key]) => key));
}

/** Reads Cytoscape.js, Cytoscape desktop (.cyjs) or NetworkX `cytoscape_data` JSON into a draft graph, checking everything at the door. */
export function cytoscapeJsonToDraft(input: unknown): DraftResult {
  const located = locateElements(input);
  if (!Array.isArray(located)) return { ok: false, problems: [located] };
  const most = LIMITS.nodes + LIMITS.edges;
  if (located.length > most) {
    return { ok: false, problems: [{ path: 'elements', message: `Has ${located.length.toLocaleString('en')} elements; a story holds at most ${most.toLocaleString('en')} (${LIMITS.nodes.toLocaleString('en')} nodes and ${LIMITS.edges.toLocaleString('en')} edges).` }] };
  }
  const problems: Problem[] = [];
  const nodes: { element: ElementJson; path: Path }[] = [];
  const edges: { element: ElementJson; path: Path }[] = [];
  for (const { value, path, group } of located) {
    const parsed = ElementSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => ({ path: formatPath([...path, ...issue.path]), message: issue.message })));
      continue;
    }
    // Like Cytoscape.js, an element without a group is an edge when it names a source.
    const isEdge = (group ?? parsed.data.group ?? (parsed.data.data.source != null ? 'edges' : 'nodes')) === 'edges';
    (isEdge ? edges : nodes).push({ element: parsed.data, path });
  }
  nodes.forEach(({ element, path }) => {
    if (firstText(element.data.id) === undefined) problems.push({ path: formatPath([...path, 'data', 'id']), message: 'A node needs an id.' });
  });
  edges.forEach(({ element, path }) => {
    for (const end of ['source', 'target'] as const) {
      if (firstText(element.data[end]) === undefined) problems.push({ path: formatPath([...path, 'data', end]), message: `An edge needs a ${end}.` });
    }
  });
  const evidenceAt = ({ element, path }: { element: ElementJson; path: Path }) => {
    const evidence = evidenceOf(element);
    if (typeof evidence === 'string') problems.push({ path: formatPath([...path, 'data', 'evidence']), message: evidence });
    return typeof evidence === 'string' ? {} : evidence;
  };
  const notes: string[] = [];
  const graph = graphLevel(input, notes);
  const draftNodes = nodes.map((n) => toNode(n.element, evidenceAt(n)));
  const draftEdges = edges.map((e) => toEdge(e.element, graph.directed, evidenceAt(e)));
  if (problems.length > 0) return { ok: false, problems };

  const parents = nodes.filter(({ element }) => firstText(element.data.parent) !== undefined).length;
  if (parents > 0) notes.push(`Not kept: ${parents.toLocaleString('en')} node(s) sat inside a compound (parent) node; a story has no groups, so they are drawn on their own.`);
  notes.push(...unkeptNote('data fields', unknownFields([...nodes, ...edges].map((e) => e.element))));
  const paths = { node: nodes.map((n) => n.path), edge: edges.map((e) => e.path) };
  const draft = { nodes: draftNodes, edges: draftEdges, ...(graph.frame ? { frame: graph.frame } : {}) };
  return settledResult(draft, notes, (kind, i, field) => formatPath([...(paths[kind][i] ?? []), 'data', field]));
}
