import { useLayoutEffect, useMemo } from 'react';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import type { GraphController } from './GraphController';
import { graphScale } from './graphScale';

/**
 * Keeps the graph's stylesheet in step with what it is made from: the story's node types, the theme and the scale
 * mode. The controller rebuilds it only when one of those changes (a studio edit that adds no type, or a drag,
 * restyles nothing); sizes for the zoom are matched as the view comes to rest (graphStyle.ts, bindGraphEvents.ts).
 */
export function useGraphStyle(graph: GraphController): void {
  const story = useExplorerStore(selectStory);
  // A string, so that a studio edit (a new story with the same types) does not run the effect.
  const typesKey = useMemo(() => [...new Set(story.nodes.map((n) => n.type))].sort().join('\n'), [story]);
  const theme = useExplorerStore((s) => s.theme);
  const scale = graphScale(story.nodes.length, story.edges.length);
  // Before paint: the first frame is drawn with the story's style, not Cytoscape's default.
  useLayoutEffect(() => {
    graph.setStyle({ types: typesKey.split('\n').filter(Boolean), theme, scale });
  }, [graph, typesKey, theme, scale]);
}
