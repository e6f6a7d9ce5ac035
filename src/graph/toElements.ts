import type { ElementDefinition } from 'cytoscape';
import type { Story } from '../model/story/types';

/** Turns a story into Cytoscape elements: data the stylesheet reads, plus saved positions. */
export function toElements(story: Story): ElementDefinition[] {
  const nodes: ElementDefinition[] = story.nodes.map((node) => ({
    group: 'nodes',
    data: { id: node.id, label: node.label, type: node.type },
    ...(node.position ? { position: { x: node.position.x, y: node.position.y } } : {}),
  }));
  // A draft may hold a relation whose end was removed: Cytoscape would throw, so it is left out of the drawing
  // (the studio's problems list names it).
  const nodeIds = new Set(story.nodes.map((n) => n.id));
  const edges: ElementDefinition[] = story.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)).map((edge) => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label, type: edge.type ?? 'other' },
    classes: edge.directed === false ? 'undirected' : 'directed',
  }));
  return [...nodes, ...edges];
}

/** Saved positions when every node has one (the same picture on every load); otherwise a force layout. */
export function layoutFor(story: Story): { name: string; fit: boolean; padding: number; animate: boolean } {
  return layoutNamed(layoutKindFor(story));
}

/** Which layout a story needs: its saved positions when every node has one, else a force layout. */
export function layoutKindFor(story: Story): 'preset' | 'cose' {
  return story.nodes.every((n) => n.position) ? 'preset' : 'cose';
}

/** The layout options for a layout by name. */
export function layoutNamed(name: 'preset' | 'cose'): { name: string; fit: boolean; padding: number; animate: boolean } {
  return { name, fit: true, padding: 40, animate: false };
}
