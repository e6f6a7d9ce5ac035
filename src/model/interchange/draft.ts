import { NodeSchema } from '../story/storySchema';
import type { Evidence, Paragraph, Problem } from '../story/types';

/** A node read from another tool; evidence only when the file carried Quotegraph's (otherwise the curator adds it). */
export interface DraftNode {
  id: string;
  label: string;
  type: string;
  summary?: string;
  aliases?: string[];
  position?: { x: number; y: number };
  evidence?: Evidence[];
}

/** An edge read from another tool; evidence as for nodes. */
export interface DraftEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  type?: string;
  /** False for symmetric relations; left out when the file did not say. */
  directed?: boolean;
  evidence?: Evidence[];
}

/** A graph imported from another tool: the shape of a story's graph, its evidence where the file had it. */
export interface DraftGraph {
  nodes: DraftNode[];
  edges: DraftEdge[];
  /**
   * The article and the story's own fields (title, description, tour, corrections), when the file carried them
   * (Quotegraph's GraphML and Cytoscape JSON do); unchecked until the story they make passes parseDraft.
   */
  frame?: Readonly<Record<string, unknown>>;
}

/**
 * An imported graph, or every reason the file could not be read. `notes` (present only when there is something to
 * say) tells the curator what was changed or not kept: ids renamed, columns without a place in a story, an encoding guessed.
 */
export type DraftResult = { ok: true; draft: DraftGraph; notes?: string[] } | { ok: false; problems: Problem[] };

/** Where a node's or edge's field came from in the imported file, for problem paths. */
export type Locate = (kind: 'node' | 'edge', index: number, field: 'id' | 'source' | 'target') => string;

/** Checks what the story format will demand anyway, so the curator hears it at import: valid, unique ids and edge ends that exist. */
export function checkDraft(draft: DraftGraph, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (kind: 'node' | 'edge', index: number, id: string) => {
    const path = locate(kind, index, 'id');
    const invalid = NodeSchema.shape.id.safeParse(id).error?.issues[0];
    if (invalid) problems.push({ path, message: `Id "${id}": ${invalid.message}.` });
    const earlier = seen.get(id);
    if (earlier !== undefined) problems.push({ path, message: `Id "${id}" is already used at ${earlier}; node and edge ids must be unique.` });
    else seen.set(id, path);
  };
  draft.nodes.forEach((node, i) => claim('node', i, node.id));
  draft.edges.forEach((edge, i) => claim('edge', i, edge.id));
  const nodeIds = new Set(draft.nodes.map((node) => node.id));
  draft.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) problems.push({ path: locate('edge', i, end), message: `Edge ${end} "${edge[end]}" is not a node id.` });
    }
  });
  return problems;
}

/**
 * Names the edges a file left unnamed: for the index-th edge `edge-<index + 1>`, or the next free number, never one in
 * `taken` (to which each name is added). Called with rising indexes; the search resumes where the last one stopped,
 * so naming n edges costs n steps even when every `edge-<n>` is already taken (it cost n² before).
 */
export function edgeIdMaker(taken: Set<string>): (index: number) => string {
  let floor = 1;
  return (index) => {
    let n = Math.max(index + 1, floor);
    while (taken.has(`edge-${n}`)) n += 1;
    taken.add(`edge-${n}`);
    floor = n + 1;
    return `edge-${n}`;
  };
}

/**
 * Wraps an imported graph and an article into story format version 1, with the evidence the file carried (often
 * none). The result need not be a valid `Story`: `parseStory` reports each node and edge that still needs a quote,
 * which is the curator's to-do list. It is typed `unknown` so nothing treats it as a story before it passes `parseStory`.
 */
export function draftToStory(draft: DraftGraph, article: { title: string; paragraphs: Paragraph[] }, meta: { id: string; title: string }): unknown {
  return {
    version: 1,
    id: meta.id,
    title: meta.title,
    article: { title: article.title, paragraphs: article.paragraphs.map((p) => ({ id: p.id, text: p.text })) },
    ...draftGraphJson(draft),
  };
}

/** The draft's nodes and edges as a story holds them, evidence lists always present (empty when the file had none). */
export function draftGraphJson(draft: DraftGraph): { nodes: unknown[]; edges: unknown[] } {
  return {
    nodes: draft.nodes.map((node) => ({
      id: node.id,
      label: node.label,
      type: node.type,
      ...(node.aliases ? { aliases: [...node.aliases] } : {}),
      ...(node.summary !== undefined ? { summary: node.summary } : {}),
      evidence: node.evidence ? node.evidence.map((e) => ({ ...e })) : [],
      ...(node.position ? { position: { x: node.position.x, y: node.position.y } } : {}),
    })),
    edges: draft.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      ...(edge.type !== undefined ? { type: edge.type } : {}),
      ...(edge.directed !== undefined ? { directed: edge.directed } : {}),
      evidence: edge.evidence ? edge.evidence.map((e) => ({ ...e })) : [],
    })),
  };
}
