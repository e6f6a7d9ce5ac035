import { LIMITS } from '../story/storyLimits';
import type { Problem } from '../story/types';
import { csvSeparator, parseCsv, type CsvRecord } from './csvRecords';
import type { DraftEdge, DraftNode, DraftResult } from './draft';
import { readEvidence, splitAliases } from './flatText';
import { settledResult, unkeptNote } from './foreignIds';
import { readDirected } from './graphDirection';

/** A CSV file's name (for messages) and its decoded text. */
export interface CsvText {
  name: string;
  text: string;
}

/** What a table holds, judged from its columns (never from its file name). */
export type TableRole = 'nodes' | 'edges';

// Columns each role reads; any other column with a value is named in a note, never dropped silently.
const NODE_COLUMNS = new Set(['id', 'label', 'name', 'type', 'kind', 'summary', 'aliases', 'x', 'y', 'quotes', 'evidence']);
const EDGE_COLUMNS = new Set(['id', 'source', 'target', 'label', 'interaction', 'type', 'kind', 'relation', 'directed', 'quotes', 'evidence']);

interface Table {
  name: string;
  names: string[];
  rows: { row: number; cell: (name: string) => string }[];
}

/** A header row's column names as the readers compare them: trimmed, lower case. */
const columnNames = (fields: readonly string[]) => fields.map((name) => name.trim().toLowerCase());

/** Edges when the header names a source and a target, nodes when it names an id; otherwise undefined. */
export function tableRole(header: readonly string[]): TableRole | undefined {
  const names = columnNames(header);
  if (names.includes('source') && names.includes('target')) return 'edges';
  return names.includes('id') ? 'nodes' : undefined;
}

/** The header row of a CSV text, for `tableRole` (empty when the text is not CSV). */
export function csvHeader(text: string): string[] {
  const parsed = parseCsv(text.slice(0, 20_000).split(/\r?\n|\r/, 1)[0] ?? '', csvSeparator(text));
  return parsed.ok ? (parsed.records[0]?.fields ?? []) : [];
}

function readTable(file: CsvText, role: TableRole, problems: Problem[]): Table | undefined {
  const parsed = parseCsv(file.text, csvSeparator(file.text));
  if (!parsed.ok) {
    problems.push({ path: `${file.name} row ${parsed.row}`, message: parsed.message });
    return undefined;
  }
  const [header, ...records] = parsed.records;
  const required = role === 'nodes' ? ['id'] : ['source', 'target'];
  if (!header) {
    if (role === 'nodes') problems.push({ path: file.name, message: `Is empty; it needs a header row naming at least ${required.join(', ')}.` });
    return role === 'edges' ? { name: file.name, names: [], rows: [] } : undefined;
  }
  const most = role === 'nodes' ? LIMITS.nodes : LIMITS.edges;
  if (records.length > most) {
    problems.push({ path: file.name, message: `Has ${records.length.toLocaleString('en')} rows; a story holds at most ${most.toLocaleString('en')} ${role}.` });
    return undefined;
  }
  const names = columnNames(header.fields);
  const missing = required.filter((name) => !names.includes(name));
  for (const name of missing) problems.push({ path: `${file.name} row ${header.row}`, message: `Needs a column named "${name}" (found: ${names.join(', ')}).` });
  if (missing.length > 0) return undefined;
  const long = records.filter((record) => record.fields.length > names.length);
  for (const record of long) {
    problems.push({
      path: `${file.name} row ${record.row}`,
      message: `Has ${record.fields.length} values but the header names ${names.length} columns; a value holding the separator must be in double quotes.`,
    });
  }
  return long.length > 0 ? undefined : { name: file.name, names, rows: records.map((record) => ({ row: record.row, cell: cellReader(record, names) })) };
}

function cellReader(record: CsvRecord, names: readonly string[]) {
  return (name: string): string => {
    const index = names.indexOf(name);
    return index === -1 ? '' : (record.fields[index] ?? '');
  };
}

type Cell = (name: string) => string;
const hasText = (text: string) => /\S/.test(text);
/** A number as spreadsheets write it, a decimal comma included (`12,5` in a `;`-separated table). */
const numberOf = (text: string) => Number(/^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text);

function readPosition(cell: Cell): DraftNode['position'] | string {
  const [x, y] = [cell('x').trim(), cell('y').trim()];
  if (x === '' && y === '') return undefined;
  const [px, py] = [numberOf(x), numberOf(y)];
  if (x === '' || y === '' || !Number.isFinite(px) || !Number.isFinite(py)) return `x and y must both be numbers, or both be empty (found "${x}" and "${y}").`;
  return { x: px, y: py };
}

/** Evidence from the `evidence` column, when there is one; a message when it holds something else. */
function readEvidenceCell(cell: Cell): { evidence?: DraftNode['evidence'] } | string {
  const text = cell('evidence');
  if (!hasText(text)) return {};
  const evidence = readEvidence(text);
  return typeof evidence === 'string' ? evidence : evidence.length > 0 ? { evidence } : {};
}

function readNode(cell: Cell): DraftNode | string {
  const id = cell('id').trim();
  if (id === '') return 'Has no id.';
  // Gephi leaves Label empty for nodes nobody named: the id stands in, as Gephi itself shows it.
  const label = [cell('label'), cell('name')].find(hasText) ?? id;
  const [type, summary] = [cell('type').trim() || cell('kind').trim(), cell('summary')];
  const position = readPosition(cell);
  if (typeof position === 'string') return position;
  const evidence = readEvidenceCell(cell);
  if (typeof evidence === 'string') return evidence;
  const aliases = splitAliases(cell('aliases'));
  return {
    id,
    label,
    type: type || 'other',
    ...(hasText(summary) ? { summary } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(position ? { position } : {}),
    ...evidence,
  };
}

/** Gephi writes direction in a Type column (Directed, Undirected); then Type is no relation kind. */
function typeIsDirection(table: Table): boolean {
  if (table.names.includes('directed') || !table.names.includes('type')) return false;
  const values = table.rows.map(({ cell }) => cell('type').trim().toLowerCase()).filter((value) => value !== '');
  return values.length > 0 && values.every((value) => value === 'directed' || value === 'undirected' || value === 'mutual');
}

function readEdge(cell: Cell, directionColumn: string | undefined, kindColumns: readonly string[]): Omit<DraftEdge, 'id'> | string {
  const [source, target] = [cell('source').trim(), cell('target').trim()];
  if (source === '' || target === '') return 'Needs both a source and a target.';
  const directedText = directionColumn ? cell(directionColumn).trim() : '';
  const directed = directedText === '' ? undefined : directedText.toLowerCase() === 'mutual' ? false : readDirected(directedText);
  if (directedText !== '' && directed === undefined) return `directed must be true or false (found "${directedText}").`;
  const label = [cell('label'), cell('interaction')].find(hasText) ?? 'related to';
  const type = kindColumns.map((name) => cell(name).trim()).find((value) => value !== '');
  const evidence = readEvidenceCell(cell);
  if (typeof evidence === 'string') return evidence;
  return { source, target, label, ...(type !== undefined ? { type } : {}), ...(directed !== undefined ? { directed } : {}), ...evidence };
}

/** Names of columns outside `known` that hold a value in some row. */
function unknownColumns(table: Table, known: ReadonlySet<string>): string[] {
  return table.names.filter((name) => name !== '' && !known.has(name) && table.rows.some(({ cell }) => hasText(cell(name))));
}

/** Nodes made from the edges' ends, in order of first appearance, for an edges table that came alone. */
function nodesFromEnds(edges: readonly Omit<DraftEdge, 'id'>[]): DraftNode[] {
  const ends = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
  return ends.map((end) => ({ id: end, label: end, type: 'other' }));
}

/**
 * Reads a nodes table and an edges table (either may be missing: an edges table alone makes its nodes from the ends)
 * into a draft graph. Problems are named by file and row; notes say what was renamed, guessed or not kept.
 */
export function csvTablesToDraft(nodesFile: CsvText | undefined, edgesFile: CsvText | undefined): DraftResult {
  const problems: Problem[] = [];
  const nodeTable = nodesFile ? readTable(nodesFile, 'nodes', problems) : undefined;
  const edgeTable = edgesFile ? readTable(edgesFile, 'edges', problems) : { name: 'edges', names: [], rows: [] };
  if ((nodesFile && !nodeTable) || !edgeTable) return { ok: false, problems };

  const nodes: DraftNode[] = [];
  nodeTable?.rows.forEach(({ row, cell }) => {
    const node = readNode(cell);
    if (typeof node === 'string') problems.push({ path: `${nodeTable.name} row ${row}`, message: node });
    else nodes.push(node);
  });
  const gephiType = typeIsDirection(edgeTable);
  const directionColumn = gephiType ? 'type' : edgeTable.names.includes('directed') ? 'directed' : undefined;
  const kindColumns = ['kind', 'relation', ...(gephiType ? [] : ['type'])];
  const edges: DraftEdge[] = [];
  edgeTable.rows.forEach(({ row, cell }) => {
    const edge = readEdge(cell, directionColumn, kindColumns);
    if (typeof edge === 'string') problems.push({ path: `${edgeTable.name} row ${row}`, message: edge });
    else edges.push({ id: cell('id').trim(), ...edge });
  });
  if (problems.length > 0) return { ok: false, problems };

  const notes: string[] = [];
  if (!nodeTable) {
    nodes.push(...nodesFromEnds(edges));
    notes.push(`No nodes table: ${nodes.length.toLocaleString('en')} nodes were made from the edges' ends, each named by its end.`);
  }
  const unnamed = nodeTable?.rows.filter(({ cell }) => ![cell('label'), cell('name')].some(hasText)).length ?? 0;
  if (unnamed > 0) notes.push(`${unnamed.toLocaleString('en')} node(s) had no label; each is named by its id.`);
  if (nodeTable?.names.includes('quotes') && !nodeTable.names.includes('evidence')) {
    notes.push('The quotes column is for reading and was not imported (Quotegraph reads quotes back from its evidence column); add the quotes in the studio.');
  }
  notes.push(...unkeptNote(`${nodeTable?.name ?? 'nodes'} columns`, nodeTable ? unknownColumns(nodeTable, NODE_COLUMNS) : []));
  notes.push(...unkeptNote(`${edgeTable.name} columns`, unknownColumns(edgeTable, EDGE_COLUMNS)));

  const rows = { node: nodeTable?.rows.map((r) => r.row) ?? [], edge: edgeTable.rows.map((r) => r.row) };
  return settledResult({ nodes, edges }, notes, (kind, i) => `${kind === 'node' ? (nodeTable?.name ?? 'nodes') : edgeTable.name} row ${rows[kind][i] ?? '?'}`);
}

/** Reads a nodes table and an edges table (`edgesCsv` may be empty), named nodes.csv and edges.csv in problems. */
export function csvToDraft(nodesCsv: string, edgesCsv: string): DraftResult {
  return csvTablesToDraft({ name: 'nodes.csv', text: nodesCsv }, { name: 'edges.csv', text: edgesCsv });
}
