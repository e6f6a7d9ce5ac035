import { LIMITS, PATTERNS } from '../story/storyLimits';
import { checkDraft, edgeIdMaker, type DraftEdge, type DraftGraph, type DraftNode, type DraftResult, type Locate } from './draft';

const fits = (id: string) => id.length <= LIMITS.id && PATTERNS.id.test(id);

/** An id in the story's alphabet made from any name: accents dropped, other runs of characters become one hyphen. */
function slug(raw: string, fallback: string): string {
  const made = raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 100);
  return made === '' ? fallback : made;
}

/** `base`, or `base-2`, `base-3`… : the first not in `taken`, which it joins. */
function claimFree(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** At most five "before → after" pairs and a count of the rest, for a note a person can read. */
export function mappingText(pairs: readonly (readonly [string, string])[]): string {
  const shown = pairs.slice(0, 5).map(([from, to]) => `"${from}" → ${to}`);
  const rest = pairs.length - shown.length;
  return `${shown.join(', ')}${rest > 0 ? `, and ${rest.toLocaleString('en')} more` : ''}`;
}

/** The original id kept as another name, so search still finds a node by it (when it differs from the label and fits). */
function keepAsAlias(node: DraftNode, raw: string): DraftNode {
  const aliases = node.aliases ?? [];
  const fitsAlias = /\S/.test(raw) && raw.length <= LIMITS.label && aliases.length < LIMITS.aliases;
  if (raw === node.label || aliases.includes(raw) || !fitsAlias) return node;
  return { ...node, aliases: [...aliases, raw] };
}

/**
 * Makes another tool's ids into story ids, and says how. Node ids that do not fit the story format (names with
 * spaces, as NetworkX graphs keyed by names have; non-Latin names) become fitting ones, the original kept as the label
 * or another name; edge ids that repeat a node id (Gephi numbers nodes and edges from 0 alike) or do not fit become
 * `edge-…`; edges without an id are numbered. Edge ends follow their nodes. A node id given twice is left for
 * checkDraft to report: which of the two an edge meant cannot be known.
 */
export function settleIds(draft: DraftGraph): { draft: DraftGraph; notes: string[] } {
  const taken = new Set(draft.nodes.map((node) => node.id).filter(fits));
  const renamed = new Map<string, string>();
  const nodes = draft.nodes.map((node): DraftNode => {
    if (fits(node.id) || renamed.has(node.id)) return node;
    const id = claimFree(slug(node.id, 'node'), taken);
    renamed.set(node.id, id);
    return keepAsAlias({ ...node, id }, node.id);
  });
  const explicit = draft.edges.map((edge) => edge.id).filter((id) => id !== '' && fits(id) && !taken.has(id));
  const edgeTaken = new Set([...taken, ...explicit]);
  const freshEdgeId = edgeIdMaker(edgeTaken);
  const claimedEdges = new Set<string>();
  const edgeRenamed: [string, string][] = [];
  const edges = draft.edges.map((edge, i): DraftEdge => {
    let id = edge.id;
    if (id === '') id = freshEdgeId(i);
    else if (!fits(id) || taken.has(id) || claimedEdges.has(id)) {
      id = claimFree(`edge-${slug(edge.id, String(i + 1))}`, edgeTaken);
      edgeRenamed.push([edge.id, id]);
    }
    claimedEdges.add(id);
    return { ...edge, id, source: renamed.get(edge.source) ?? edge.source, target: renamed.get(edge.target) ?? edge.target };
  });
  const notes: string[] = [];
  if (renamed.size > 0) {
    notes.push(`${renamed.size.toLocaleString('en')} node id(s) changed to fit the story format (letters, digits and - _ . :), the original kept as the name or another name: ${mappingText([...renamed])}.`);
  }
  if (edgeRenamed.length > 0) {
    notes.push(`${edgeRenamed.length.toLocaleString('en')} edge id(s) repeated another id (Gephi numbers nodes and edges alike) or did not fit, and were renamed: ${mappingText(edgeRenamed)}.`);
  }
  return { draft: { ...draft, nodes, edges }, notes };
}

/** A note naming what a file held that a story has no place for (weights, colours, extra columns), or none. */
export function unkeptNote(what: string, names: Iterable<string>): string[] {
  const list = [...new Set(names)];
  return list.length === 0 ? [] : [`Not kept (a story has no place for them): ${what} ${list.map((name) => `"${name}"`).join(', ')}.`];
}

/**
 * The end every importer shares: ids settled (settleIds), then checked as the story format will check them; the
 * draft and every note (ids renamed first, then the reader's own), or the problems, located by the reader.
 */
export function settledResult(draft: DraftGraph, readerNotes: readonly string[], locate: Locate): DraftResult {
  const settled = settleIds(draft);
  const problems = checkDraft(settled.draft, locate);
  if (problems.length > 0) return { ok: false, problems };
  const notes = [...settled.notes, ...readerNotes];
  return { ok: true, draft: settled.draft, ...(notes.length > 0 ? { notes } : {}) };
}
