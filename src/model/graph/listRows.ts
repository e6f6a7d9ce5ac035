import type { Selection } from '../selection/selection';
import type { StoryNode } from '../story/types';
import { relationsOf, type Relation } from './neighbourhood';
import type { StoryIndex } from './storyIndex';
import { countByType } from './typeCounts';

/** A type's heading in the list: its nodes follow, in story order. */
export interface TypeRow {
  kind: 'type';
  type: string;
  /** How many of its nodes are listed. */
  count: number;
}

/** A node, and where it stands among its type's nodes (1-based), as a screen reader counts list items. */
export interface NodeRow {
  kind: 'node';
  node: StoryNode;
  /** Row of its type's heading. */
  typeRow: number;
  position: number;
  setSize: number;
  /** How many relation rows follow it. */
  relations: number;
}

/** One relation under a node, seen from that node; every relation is listed under both of its ends. */
export interface RelationRow {
  kind: 'relation';
  relation: Relation;
  typeRow: number;
  /** Row of the node it is listed under. */
  nodeRow: number;
  position: number;
  setSize: number;
}

export type ListRow = TypeRow | NodeRow | RelationRow;

/**
 * The graph's list twin as flat rows, in reading order: each shown type's heading, then its nodes, each followed
 * by its relations to nodes that are shown. Flat, so a long list can render just the rows in view.
 */
export function listRows(nodes: readonly StoryNode[], index: StoryIndex, hiddenTypes: readonly string[]): ListRow[] {
  const rows: ListRow[] = [];
  const shown = (id: string) => !hiddenTypes.includes(index.nodes.get(id)?.type ?? '');
  for (const { type, count } of countByType(nodes)) {
    if (hiddenTypes.includes(type)) continue;
    const typeRow = rows.length;
    rows.push({ kind: 'type', type, count });
    let position = 0;
    for (const node of nodes) {
      if (node.type !== type) continue;
      const relations = relationsOf(index, node.id).filter((r) => shown(r.otherId));
      const nodeRow = rows.length;
      rows.push({ kind: 'node', node, typeRow, position: ++position, setSize: count, relations: relations.length });
      relations.forEach((relation, i) => rows.push({ kind: 'relation', relation, typeRow, nodeRow, position: i + 1, setSize: relations.length }));
    }
  }
  return rows;
}

/** The rows showing a selection: a node's one row, or a relation's row under each of its ends. */
export function rowsOfSelection(rows: readonly ListRow[], selection: Selection | null): number[] {
  if (!selection) return [];
  const found: number[] = [];
  rows.forEach((row, i) => {
    if (selection.kind === 'node' ? row.kind === 'node' && row.node.id === selection.id : row.kind === 'relation' && row.relation.edge.id === selection.id) found.push(i);
  });
  return found;
}

/** Rendered rows put back into their nesting: types holding nodes holding relation rows (row numbers). */
export interface NestedType {
  row: number;
  nodes: { row: number; relations: number[] }[];
}

/**
 * Nests some of the rows (ascending row numbers) as the list's markup needs them: a relation or node brings
 * its node and type along, so a window that starts mid-type still sits under the right heading and node.
 */
export function nestRows(rows: readonly ListRow[], rendered: readonly number[]): NestedType[] {
  const types: NestedType[] = [];
  for (const i of rendered) {
    const row = rows[i];
    if (!row) continue;
    const typeRow = row.kind === 'type' ? i : row.typeRow;
    let type = types[types.length - 1];
    if (type?.row !== typeRow) types.push((type = { row: typeRow, nodes: [] }));
    if (row.kind === 'type') continue;
    const nodeRow = row.kind === 'node' ? i : row.nodeRow;
    let node = type.nodes[type.nodes.length - 1];
    if (node?.row !== nodeRow) type.nodes.push((node = { row: nodeRow, relations: [] }));
    if (row.kind === 'relation') node.relations.push(i);
  }
  return types;
}
