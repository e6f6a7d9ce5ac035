import { LIMITS } from '../story/storyLimits';
import type { Problem, Story } from '../story/types';
import { checkDraft, edgeIdMaker, type DraftEdge, type DraftNode, type DraftResult } from './draft';
import { aliasesText, quotesText, splitAliases } from './flatText';
import { csvTable, parseCsv, type CsvRecord } from './csvRecords';

const NODE_COLUMNS = ['id', 'label', 'type', 'summary', 'aliases', 'x', 'y', 'quotes'] as const;
const EDGE_COLUMNS = ['id', 'source', 'target', 'label', 'type', 'directed', 'quotes'] as const;

/** The story's graph as two CSV tables (nodes, edges) for spreadsheets, Gephi's spreadsheet import and scripts. */
export function storyToCsv(story: Story): { nodes: string; edges: string } {
  const nodes = story.nodes.map((node) => [
    node.id, node.label, node.type, node.summary ?? '', aliasesText(node.aliases),
    node.position?.x ?? '', node.position?.y ?? '', quotesText(node.evidence),
  ]);
  const edges = story.edges.map((edge) => [
    edge.id, edge.source, edge.target, edge.label, edge.type ?? '',
    // Written out even when the story leaves it to the default, so a spreadsheet reader sees every relation's kind.
    edge.directed === false ? 'false' : 'true', quotesText(edge.evidence),
  ]);
  return { nodes: csvTable([NODE_COLUMNS, ...nodes]), edges: csvTable([EDGE_COLUMNS, ...edges]) };
}

type FileName = 'nodes.csv' | 'edges.csv';

/** A table's data rows, each with a getter by column name; `undefined` when the file cannot be used (problems say why). */
function readTable(text: string, file: FileName, required: readonly string[], problems: Problem[]) {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    problems.push({ path: `${file} row ${parsed.row}`, message: parsed.message });
    return undefined;
  }
  const [header, ...rows] = parsed.records;
  if (!header) {
    // No edges is a graph; no nodes is a wrong file.
    if (file === 'nodes.csv') problems.push({ path: file, message: `Is empty; it needs a header row naming at least ${required.join(', ')}.` });
    return file === 'edges.csv' ? [] : undefined;
  }
  const most = file === 'nodes.csv' ? LIMITS.nodes : LIMITS.edges;
  if (rows.length > most) {
    problems.push({ path: file, message: `Has ${rows.length.toLocaleString('en')} rows; a story holds at most ${most.toLocaleString('en')} ${file === 'nodes.csv' ? 'nodes' : 'edges'}.` });
    return undefined;
  }
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const missing = required.filter((name) => !names.includes(name));
  for (const name of missing) {
    problems.push({ path: `${file} row ${header.row}`, message: `Needs a column named "${name}" (found: ${names.join(', ')}).` });
  }
  if (missing.length > 0) return undefined;
  const extra = rows.filter((record) => record.fields.length > names.length);
  for (const record of extra) {
    problems.push({
      path: `${file} row ${record.row}`,
      message: `Has ${record.fields.length} values but the header names ${names.length} columns; a value holding a comma must be in double quotes.`,
    });
  }
  return extra.length > 0 ? undefined : rows.map((record) => ({ row: record.row, cell: cellReader(record, names) }));
}

function cellReader(record: CsvRecord, names: readonly string[]) {
  return (name: string): string => {
    const index = names.indexOf(name);
    return index === -1 ? '' : (record.fields[index] ?? '');
  };
}

type Cell = ReturnType<typeof cellReader>;
const hasText = (text: string) => /\S/.test(text);

/** A position from the x and y cells: both numbers, or both empty; anything else is a message. */
function readPosition(cell: Cell): DraftNode['position'] | string {
  const [x, y] = [cell('x').trim(), cell('y').trim()];
  if (x === '' && y === '') return undefined;
  const [px, py] = [Number(x), Number(y)];
  if (x === '' || y === '' || !Number.isFinite(px) || !Number.isFinite(py)) return `x and y must both be numbers, or both be empty (found "${x}" and "${y}").`;
  return { x: px, y: py };
}

function readNode(cell: Cell): DraftNode | string {
  const [id, label, type, summary] = [cell('id').trim(), cell('label'), cell('type').trim(), cell('summary')];
  if (id === '') return 'Has no id.';
  if (!hasText(label)) return `Node "${id}" has no label.`;
  const position = readPosition(cell);
  if (typeof position === 'string') return position;
  const aliases = splitAliases(cell('aliases'));
  return {
    id,
    label,
    type: type || 'other',
    ...(hasText(summary) ? { summary } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(position ? { position } : {}),
  };
}

// A Map, not an object literal, so a cell such as "constructor" finds nothing instead of Object's prototype.
const DIRECTED = new Map([['true', true], ['yes', true], ['1', true], ['directed', true], ['false', false], ['no', false], ['0', false], ['undirected', false]]);

function readEdge(cell: Cell): Omit<DraftEdge, 'id'> | string {
  const [source, target, label, type, directedText] = [cell('source').trim(), cell('target').trim(), cell('label'), cell('type').trim(), cell('directed').trim().toLowerCase()];
  if (source === '' || target === '') return 'Needs both a source and a target.';
  const directed = directedText === '' ? undefined : DIRECTED.get(directedText);
  if (directedText !== '' && directed === undefined) return `directed must be true or false (found "${directedText}").`;
  return {
    source,
    target,
    label: hasText(label) ? label : 'related to',
    ...(type !== '' ? { type } : {}),
    ...(directed !== undefined ? { directed } : {}),
  };
}

/** Reads a nodes table and an edges table (`edgesCsv` may be empty) into a draft graph, problems named by file and row. */
export function csvToDraft(nodesCsv: string, edgesCsv: string): DraftResult {
  const problems: Problem[] = [];
  const nodeRows = readTable(nodesCsv, 'nodes.csv', ['id', 'label'], problems);
  const edgeRows = readTable(edgesCsv, 'edges.csv', ['source', 'target'], problems);
  if (!nodeRows || !edgeRows) return { ok: false, problems };

  const nodes: DraftNode[] = [];
  nodeRows.forEach(({ row, cell }) => {
    const node = readNode(cell);
    if (typeof node === 'string') problems.push({ path: `nodes.csv row ${row}`, message: node });
    else nodes.push(node);
  });
  const read = edgeRows.map(({ row, cell }) => ({ row, id: cell('id').trim(), edge: readEdge(cell) }));
  const taken = new Set([...nodes.map((node) => node.id), ...read.map((r) => r.id).filter((id) => id !== '')]);
  const freshEdgeId = edgeIdMaker(taken);
  const edges: DraftEdge[] = [];
  read.forEach(({ row, id, edge }, i) => {
    if (typeof edge === 'string') problems.push({ path: `edges.csv row ${row}`, message: edge });
    else edges.push({ id: id || freshEdgeId(i), ...edge });
  });
  if (problems.length > 0) return { ok: false, problems };

  const draft = { nodes, edges };
  const rows = { node: nodeRows.map((r) => r.row), edge: edgeRows.map((r) => r.row) };
  const integrity = checkDraft(draft, (kind, i) => `${kind === 'node' ? 'nodes' : 'edges'}.csv row ${rows[kind][i] ?? '?'}`);
  return integrity.length > 0 ? { ok: false, problems: integrity } : { ok: true, draft };
}
