import type { Story } from '../story/types';

/**
 * The story's nodes, most prominent first: the ones a reader should be able to name at a glance when there is
 * room for only a few labels. Prominence is the number of relations (the main actors are the hubs), then the
 * number of quotes, then the curator's order.
 */
export function prominenceOrder(story: Story): string[] {
  const relations = new Map<string, number>();
  for (const edge of story.edges) {
    relations.set(edge.source, (relations.get(edge.source) ?? 0) + 1);
    if (edge.target !== edge.source) relations.set(edge.target, (relations.get(edge.target) ?? 0) + 1);
  }
  return story.nodes
    .map((node, order) => ({ id: node.id, relations: relations.get(node.id) ?? 0, quotes: node.evidence.length, order }))
    .sort((a, b) => b.relations - a.relations || b.quotes - a.quotes || a.order - b.order)
    .map((node) => node.id);
}
