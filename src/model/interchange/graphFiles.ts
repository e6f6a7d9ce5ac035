import { parseDraft } from '../story/parseStory';
import { ProblemSink } from '../story/problemSink';
import type { Story } from '../story/types';
import { csvHeader, csvTablesToDraft, tableRole, type CsvText } from './csvRead';
import { cytoscapeJsonToDraft } from './cytoscapeJsonRead';
import type { DraftResult } from './draft';
import { gexfToDraft } from './gexfRead';
import { graphmlToDraft } from './graphmlRead';
import { storyFrame } from './storyFrame';
import { decodeText } from './textBytes';

/** What the import reads of a chosen file: a browser File has all of it; the command line and tests give bytes or text. */
export interface NamedText {
  name: string;
  /** In bytes, when known: a file over MAX_IMPORT_BYTES is refused before it is read. */
  size?: number;
  /** The raw bytes, preferred: the encoding is then judged from them (UTF-8, UTF-16, Windows-1252). */
  arrayBuffer?: () => Promise<ArrayBuffer>;
  /** Text already decoded, for callers that have no bytes. */
  text?: () => Promise<string>;
}

/** The same cap as a story file: a graph to curate by hand is far smaller, and a huge one would freeze the tab. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

type Kind = 'json' | 'graphml' | 'gexf' | 'csv';

/** A file's kind from its name, else from its first characters. */
function kindOf(name: string, text: string): Kind {
  const lower = name.toLowerCase();
  if (/\.(json|cyjs)$/.test(lower)) return 'json';
  if (lower.endsWith('.gexf')) return 'gexf';
  if (lower.endsWith('.graphml')) return 'graphml';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  const start = text.trimStart().slice(0, 2000);
  if (start.startsWith('<')) return /<(\w+:)?gexf[\s>]/.test(start) ? 'gexf' : 'graphml';
  return start.startsWith('{') || start.startsWith('[') ? 'json' : 'csv';
}

/**
 * Reads a graph made elsewhere from the files a curator chose: one story, Cytoscape JSON (.json, .cyjs), GraphML or
 * GEXF file; or CSV tables, told apart by their columns (an edges table names a source and a target, a nodes table an
 * id), an edges table alone making its nodes from the ends.
 */
export async function graphFromFiles(files: readonly NamedText[]): Promise<DraftResult> {
  const result = await readGraphFiles(files);
  if (result.ok) return result;
  // A list of problems a person can read: the first thousand, and a count of the rest.
  const sink = new ProblemSink();
  sink.addAll(result.problems);
  return { ok: false, problems: sink.problems() };
}

async function readText(file: NamedText): Promise<{ text: string; note?: string } | string> {
  if (file.arrayBuffer) {
    const decoded = decodeText(file.name, new Uint8Array(await file.arrayBuffer()));
    return decoded.ok ? decoded : decoded.message;
  }
  return { text: file.text ? await file.text() : '' };
}

/** A Quotegraph story file (it names its format version and has an article). */
function isStoryJson(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'version' in data && 'article' in data && 'nodes' in data;
}

/** A story read as a draft: its graph with evidence, its article and fields as the frame. */
function storyToDraft(data: unknown): DraftResult {
  const parsed = parseDraft(data);
  if (!parsed.ok) return parsed;
  const story: Story = parsed.story;
  return { ok: true, draft: { nodes: story.nodes.map((node) => ({ ...node })), edges: story.edges.map((edge) => ({ ...edge })), frame: storyFrame(story) } };
}

function readGraph(kind: Exclude<Kind, 'csv'>, name: string, text: string): DraftResult {
  if (kind === 'graphml') return graphmlToDraft(text, name);
  if (kind === 'gexf') return gexfToDraft(text, name);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '(the files)', message: `${name} is not valid JSON.` }] };
  }
  return isStoryJson(data) ? storyToDraft(data) : cytoscapeJsonToDraft(data);
}

/** Nodes and edges tables, chosen by their columns; a problem when a table is neither or two are the same. */
function readTables(tables: readonly CsvText[]): DraftResult {
  const fail = (message: string): DraftResult => ({ ok: false, problems: [{ path: '(the files)', message }] });
  const byRole: Partial<Record<'nodes' | 'edges', CsvText>> = {};
  for (const table of tables) {
    const header = csvHeader(table.text);
    const role = tableRole(header);
    if (!role) return fail(`${table.name} is neither a nodes table (it needs an "id" column) nor an edges table ("source" and "target"); its columns: ${header.join(', ') || 'none'}.`);
    const other = byRole[role];
    if (other) return fail(`${other.name} and ${table.name} are both ${role} tables; choose one nodes table and one edges table.`);
    byRole[role] = table;
  }
  return csvTablesToDraft(byRole.nodes, byRole.edges);
}

async function readGraphFiles(files: readonly NamedText[]): Promise<DraftResult> {
  const fail = (message: string): DraftResult => ({ ok: false, problems: [{ path: '(the files)', message }] });
  const tooLarge = files.find((f) => (f.size ?? 0) > MAX_IMPORT_BYTES);
  if (tooLarge) return fail(`${tooLarge.name} is ${((tooLarge.size ?? 0) / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (files.length === 0) return fail('Choose a story, Cytoscape JSON, GraphML or GEXF file, or a nodes CSV and an edges CSV.');
  const read: { name: string; text: string; kind: Kind }[] = [];
  const notes: string[] = [];
  for (const file of files) {
    const text = await readText(file);
    if (typeof text === 'string') return fail(text);
    if (text.note) notes.push(text.note);
    read.push({ name: file.name, text: text.text, kind: kindOf(file.name, text.text) });
  }
  const graphFile = read.find((file) => file.kind !== 'csv');
  const others = read.filter((file) => file !== graphFile).map((file) => file.name);
  if (graphFile?.kind === 'json' || graphFile?.kind === 'graphml' || graphFile?.kind === 'gexf') {
    if (others.length > 0) notes.push(`Read ${graphFile.name} only; one graph file holds the whole graph, so ${others.join(', ')} ${others.length === 1 ? 'was' : 'were'} not read.`);
    return withNotes(readGraph(graphFile.kind, graphFile.name, graphFile.text), notes);
  }
  return withNotes(readTables(read), notes);
}

function withNotes(result: DraftResult, notes: readonly string[]): DraftResult {
  if (!result.ok || notes.length === 0) return result;
  return { ...result, notes: [...notes, ...(result.notes ?? [])] };
}
