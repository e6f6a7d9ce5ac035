import type { Selection } from '../selection/selection';
import type { StoryEdge } from '../story/types';
import type { StoryIndex } from './storyIndex';

/** The ids that stay bright around a selection: a node with its edges and neighbours, or an edge with its two ends. */
export function selectNeighbourhood(index: StoryIndex, selection: Selection): { nodes: Set<string>; edges: Set<string> } {
  if (selection.kind === 'edge') {
    const edge = index.edges.get(selection.id);
    return edge ? { nodes: new Set([edge.source, edge.target]), edges: new Set([edge.id]) } : { nodes: new Set(), edges: new Set() };
  }
  const nodes = new Set<string>([selection.id]);
  const edges = new Set<string>();
  for (const edge of index.edgesByNode.get(selection.id) ?? []) {
    edges.add(edge.id);
    nodes.add(edge.source);
    nodes.add(edge.target);
  }
  return { nodes, edges };
}

/** One relation of a node, seen from that node: which way it points and who is at the other end. */
export interface Relation {
  edge: StoryEdge;
  /** 'out' when the node is the edge's source, 'in' when it is the target. */
  direction: 'out' | 'in';
  otherId: string;
}

export function relationsOf(index: StoryIndex, nodeId: string): Relation[] {
  return (index.edgesByNode.get(nodeId) ?? []).map((edge) =>
    edge.source === nodeId
      ? { edge, direction: 'out' as const, otherId: edge.target }
      : { edge, direction: 'in' as const, otherId: edge.source },
  );
}

/** True when `selection` names a node or edge that exists in the story. */
export function selectionExists(index: StoryIndex, selection: Selection): boolean {
  return selection.kind === 'node' ? index.nodes.has(selection.id) : index.edges.has(selection.id);
}

/**
 * What stays bright: a focus set (its nodes, its edges and their ends, and every relation between two of those
 * nodes) plus the selection, or else the selection's neighbourhood; null when nothing is selected or focused
 * (everything is bright).
 */
export function brightSet(
  index: StoryIndex,
  selection: Selection | null,
  focusIds: readonly string[] | null,
): { nodes: Set<string>; edges: Set<string> } | null {
  if (!focusIds || focusIds.length === 0) return selection ? selectNeighbourhood(index, selection) : null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const add = (id: string) => {
    const edge = index.edges.get(id);
    if (edge) {
      edges.add(id);
      nodes.add(edge.source);
      nodes.add(edge.target);
    } else if (index.nodes.has(id)) nodes.add(id);
  };
  focusIds.forEach(add);
  if (selection) add(selection.id);
  // A host page that focuses two nodes means the two and what joins them.
  for (const node of nodes) {
    for (const edge of index.edgesByNode.get(node) ?? []) if (nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
  }
  return { nodes, edges };
}
