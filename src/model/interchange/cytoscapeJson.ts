import '../zodConfig';
import { z } from 'zod';
import { formatPath } from '../story/formatPath';
import { LIMITS } from '../story/storyLimits';
import type { Problem, Story } from '../story/types';
import { checkDraft, edgeIdMaker, type DraftEdge, type DraftNode, type DraftResult } from './draft';
import { quoteLine } from './flatText';

/** A node as Cytoscape desktop (.cyjs) and `cy.json()` write it; `name` is what Cytoscape desktop shows as the label. */
export interface CytoscapeNodeJson {
  data: { id: string; name: string; label: string; type: string; summary?: string; aliases?: string[]; quotes: string[] };
  position?: { x: number; y: number };
}

/** An edge as Cytoscape desktop and `cy.json()` write it; `interaction` is Cytoscape desktop's name for the relation. */
export interface CytoscapeEdgeJson {
  data: { id: string; source: string; target: string; label: string; interaction: string; type?: string; directed: boolean; quotes: string[] };
}

/** A whole graph in the `elements: { nodes, edges }` layout both Cytoscape desktop and Cytoscape.js read. */
export interface CytoscapeJson {
  format_version: '1.0';
  generated_by: 'Quotegraph';
  data: { name: string };
  elements: { nodes: CytoscapeNodeJson[]; edges: CytoscapeEdgeJson[] };
}

/** The story's graph as Cytoscape JSON (.cyjs), quotes as lists of readable lines. */
export function storyToCytoscapeJson(story: Story): CytoscapeJson {
  const nodes = story.nodes.map((node): CytoscapeNodeJson => ({
    data: {
      id: node.id,
      name: node.label,
      label: node.label,
      type: node.type,
      ...(node.summary !== undefined ? { summary: node.summary } : {}),
      ...(node.aliases ? { aliases: [...node.aliases] } : {}),
      quotes: node.evidence.map(quoteLine),
    },
    ...(node.position ? { position: { x: node.position.x, y: node.position.y } } : {}),
  }));
  const edges = story.edges.map((edge): CytoscapeEdgeJson => ({
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      interaction: edge.label,
      ...(edge.type !== undefined ? { type: edge.type } : {}),
      // Written out even when the story leaves it to the default, so another tool needs no knowledge of Quotegraph's defaults.
      directed: edge.directed !== false,
      quotes: edge.evidence.map(quoteLine),
    },
  }));
  return { format_version: '1.0', generated_by: 'Quotegraph', data: { name: story.title }, elements: { nodes, edges } };
}

// Cytoscape desktop writes numeric ids and labels as numbers, and null for an empty cell; all are accepted.
const Text = z.union([z.string(), z.number()]).transform(String);
const ElementSchema = z.looseObject({
  group: z.enum(['nodes', 'edges']).optional(),
  data: z.looseObject({
    id: Text.nullish(),
    label: Text.nullish(),
    name: Text.nullish(),
    type: Text.nullish(),
    summary: Text.nullish(),
    aliases: z.array(Text).nullish(),
    source: Text.nullish(),
    target: Text.nullish(),
    interaction: Text.nullish(),
    directed: z.boolean().nullish(),
  }),
  position: z.looseObject({ x: z.number(), y: z.number() }).optional(),
});
type ElementJson = z.infer<typeof ElementSchema>;
type Path = (string | number)[];

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

function toNode(element: ElementJson, id: string): DraftNode {
  const { data, position } = element;
  const summary = firstText(data.summary);
  const aliases = (data.aliases ?? []).filter((alias) => /\S/.test(alias));
  return {
    id,
    label: firstText(data.label, data.name) ?? id,
    type: firstText(data.type) ?? 'other',
    ...(summary !== undefined ? { summary } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(position ? { position: { x: position.x, y: position.y } } : {}),
  };
}

/** Reads Cytoscape.js or Cytoscape desktop JSON into a draft graph, checking everything at the door. */
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
  if (problems.length > 0) return { ok: false, problems };

  const draftNodes = nodes.map(({ element }) => toNode(element, String(element.data.id)));
  const taken = new Set([...draftNodes.map((n) => n.id), ...edges.flatMap(({ element }) => firstText(element.data.id) ?? [])]);
  const freshEdgeId = edgeIdMaker(taken);
  const draftEdges = edges.map(({ element: { data } }, i): DraftEdge => {
    const type = firstText(data.type);
    return {
      id: firstText(data.id) ?? freshEdgeId(i),
      source: String(data.source),
      target: String(data.target),
      label: firstText(data.label, data.interaction) ?? 'related to',
      ...(type !== undefined ? { type } : {}),
      ...(typeof data.directed === 'boolean' ? { directed: data.directed } : {}),
    };
  });
  const draft = { nodes: draftNodes, edges: draftEdges };
  const paths = { node: nodes.map((n) => n.path), edge: edges.map((e) => e.path) };
  const integrity = checkDraft(draft, (kind, i, field) => formatPath([...(paths[kind][i] ?? []), 'data', field]));
  return integrity.length > 0 ? { ok: false, problems: integrity } : { ok: true, draft };
}
