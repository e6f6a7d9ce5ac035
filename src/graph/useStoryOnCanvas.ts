import { useLayoutEffect, useMemo } from 'react';
import { useExplorerStore, useExplorerStoreApi } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import type { GraphController } from './GraphController';
import { layoutKindFor, toElements } from './toElements';
import { useForceLayout } from './useForceLayout';

/**
 * Puts the story on the canvas: its elements, with positions from the story or (for a story without them) from the
 * force layout in a worker, nothing being drawn meanwhile. The controller hands them to Cytoscape (in batches for
 * a large laid-out graph) and patches later edits in; react-cytoscapejs is given none.
 */
export function useStoryOnCanvas(graph: GraphController, ready: boolean): void {
  const story = useExplorerStore(selectStory);
  const store = useExplorerStoreApi();
  const kind = layoutKindFor(story);
  const laidOut = useForceLayout(story, kind === 'force', store, graph.aspect);
  const elements = useMemo(() => (kind === 'force' && !laidOut ? [] : toElements(story, laidOut)), [story, kind, laidOut]);
  // A layout effect, after the style's and the view frame's (GraphCanvas calls those first): the first frame
  // Cytoscape paints is already styled, fitted and labelled. Only once the instance is `ready`: that is a render
  // after the one that mounted it, when every element around the canvas (a reading sheet after it in the page,
  // whose ref is attached after this component's layout effects) can be measured for the first fit.
  useLayoutEffect(() => {
    if (ready) graph.draw(elements, { laidOut: kind === 'force' });
  }, [graph, ready, elements, kind]);
}
