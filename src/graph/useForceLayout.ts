import { useLayoutEffect, useRef, useState } from 'react';
import { arrangeForBox } from '../model/layout/arrangeForBox';
import { layoutGraphOf, positionsById, seedFor, type Positions } from '../model/layout/layoutGraph';
import type { Story } from '../model/story/types';
import type { ExplorerStore } from '../store/createExplorerStore';
import { startLayout } from './startLayout';

/** True when every node has somewhere to go: a saved position or one from `laidOut`. */
function placesEveryNode(story: Story, laidOut: Positions | null): boolean {
  return story.nodes.every((n) => n.position || laidOut?.has(n.id));
}

/**
 * For a story some of whose nodes have no saved position: lays it out off the main thread, reporting progress in
 * the store's `drawing`, and returns the positions (null until they place every node). Lays out again only when
 * some node has nowhere to go (another story, an imported graph): a studio edit keeps the picture, as a node added
 * in the studio gets a saved position of its own, and undoing "Keep these positions" shows the same picture again.
 * The picture's separate pieces are gathered and it is turned to lie along the box it is shown in (`aspect()`,
 * width over height): see model/layout/arrangeForBox.ts.
 */
export function useForceLayout(story: Story, needed: boolean, store: ExplorerStore, aspect: () => number): Positions | null {
  const [laidOut, setLaidOut] = useState<Positions | null>(null);
  const boxAspect = useRef(aspect);
  useLayoutEffect(() => {
    boxAspect.current = aspect;
  });
  const ready = needed && placesEveryNode(story, laidOut);
  const run = needed && !ready;
  // While it runs, new nodes (a graph imported into the studio mid-layout) start it again: else the old
  // layout's positions would never place them, and the canvas would wait for ever.
  const pendingNodes = run ? story.nodes : null;
  // A layout effect, so the progress shows from the first frame.
  useLayoutEffect(() => {
    if (!run) return;
    const { story: current, setDrawing } = store.getState();
    const { ids, graph } = layoutGraphOf(current);
    setDrawing({ task: 'layout', fraction: 0 });
    return startLayout(graph, seedFor(current.id), {
      onProgress: (fraction) => setDrawing({ task: 'layout', fraction }),
      onDone: (xy) => {
        // For the bench (npm run bench:longtasks): when the positions arrived.
        performance.mark('quotegraph:layout-done');
        setLaidOut(positionsById(ids, arrangeForBox(xy, graph, boxAspect.current())));
      },
    });
  }, [run, store, story.id, pendingNodes]);
  return ready ? laidOut : null;
}
