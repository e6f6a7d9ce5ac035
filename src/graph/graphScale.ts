/** From this many elements (nodes + relations) up, the graph is drawn in its large-graph mode. */
export const LARGE_GRAPH_ELEMENTS = 1_500;

/**
 * How heavy a graph is to draw. A large graph trades finish for speed: labels only once the zoom makes them
 * readable, no fade transitions (each animates every element it touches), and relations hidden while the view
 * moves, redrawn when it rests.
 */
export type GraphScale = 'small' | 'large';

export function graphScale(nodes: number, edges: number): GraphScale {
  return nodes + edges >= LARGE_GRAPH_ELEMENTS ? 'large' : 'small';
}

/** Cytoscape's rendering hints for a scale (core options, read once when the instance is made). */
export function renderHintsFor(scale: GraphScale): { hideEdgesOnViewport?: boolean } {
  return scale === 'large' ? { hideEdgesOnViewport: true } : {};
}

/** How a selection stands out: a large graph rings it instead of fading every other element (see GraphView). */
export function emphasisFor(scale: GraphScale): 'fade' | 'ring' {
  return scale === 'large' ? 'ring' : 'fade';
}
