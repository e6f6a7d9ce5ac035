import type { ElementDefinition } from 'cytoscape';
import type { Positions } from '../model/layout/layoutGraph';
import type { Story } from '../model/story/types';

/**
 * Turns a story into Cytoscape elements: data the stylesheet reads, plus positions. `laidOut` (the force layout's
 * result, for a story without saved positions) wins over saved ones, which are then from another picture; a node
 * it does not know (one added since) keeps its saved position.
 */
export function toElements(story: Story, laidOut?: Positions | null): ElementDefinition[] {
  const nodes: ElementDefinition[] = story.nodes.map((node) => {
    const position = positionOf(node, laidOut);
    return { group: 'nodes', data: { id: node.id, label: node.label, type: node.type }, ...(position ? { position: { x: position.x, y: position.y } } : {}) };
  });
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

/** Where a node is drawn: where the layout put it, else where the story saved it (see toElements). */
function positionOf(node: Story['nodes'][number], laidOut: Positions | null | undefined): { x: number; y: number } | undefined {
  return laidOut?.get(node.id) ?? node.position;
}

/**
 * The layout positions that apply to a story: the force layout's (the store's `laidOut`) while some node has no
 * saved position and the layout places every node; none for a story whose nodes all have one.
 */
export function laidOutFor(story: Story, laidOut: Positions | null): Positions | null {
  if (!laidOut || layoutKindFor(story) === 'preset') return null;
  return story.nodes.every((n) => n.position || laidOut.has(n.id)) ? laidOut : null;
}

/** Where every placed node is drawn, from the story and the store's layout, never read back from the canvas. */
export function drawnPositions(story: Story, laidOut: Positions | null): Map<string, { x: number; y: number }> {
  const applied = laidOutFor(story, laidOut);
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of story.nodes) {
    const position = positionOf(node, applied);
    if (position) positions.set(node.id, { x: position.x, y: position.y });
  }
  return positions;
}

/** Cytoscape layout options, as react-cytoscapejs takes them. */
export interface LayoutOptions {
  name: string;
  fit: boolean;
  padding: number;
  animate: boolean;
}

/**
 * Which layout a story needs: its saved positions when every node has one (the same picture on every load), else
 * the force layout, which runs off the main thread (graph/startLayout.ts) and lays out every node.
 */
export function layoutKindFor(story: Story): 'preset' | 'force' {
  return story.nodes.every((n) => n.position) ? 'preset' : 'force';
}

/**
 * The Cytoscape layout for a story whose positions are known (saved, or laid out already): place the nodes where
 * their elements say. The view is fitted by the app (viewport.ts), which keeps the nodes clear of the controls and
 * does not measure every label as Cytoscape's own fit does.
 */
export function presetLayout(): LayoutOptions {
  return { name: 'preset', fit: false, padding: 0, animate: false };
}
