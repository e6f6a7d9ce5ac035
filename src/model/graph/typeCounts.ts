import type { StoryNode } from '../story/types';

/** How many nodes of each type, in order of first appearance. */
export function countByType(nodes: readonly StoryNode[]): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({ type, count }));
}
