import { useLayoutEffect, useRef } from 'react';
import { arrangeForBox } from '../model/layout/arrangeForBox';
import { layoutGraphOf, positionsById, seedFor, type Positions } from '../model/layout/layoutGraph';
import type { Story } from '../model/story/types';
import type { ExplorerStore } from '../store/createExplorerStore';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { startLayout } from './startLayout';
import { laidOutFor } from './toElements';

/**
 * For a story some of whose nodes have no saved position: lays it out off the main thread, reporting progress in
 * the store's `drawing`, and keeps the positions in the store's `laidOut`; returns them once they place every node
 * (else null). Lays out again only when some node has nowhere to go (another story, an imported graph): a studio
 * edit keeps the picture, as a node added in the studio gets a saved position of its own, and undoing "Keep these
 * positions" shows the same picture again. The picture's separate pieces are gathered and it is turned to lie
 * along the box it is shown in (`aspect()`, width over height): see model/layout/arrangeForBox.ts.
 */
export function useForceLayout(story: Story, needed: boolean, store: ExplorerStore, aspect: () => number): Positions | null {
  const laidOut = useExplorerStore((s) => s.laidOut);
  const boxAspect = useRef(aspect);
  useLayoutEffect(() => {
    boxAspect.current = aspect;
  });
  const ready = needed ? laidOutFor(story, laidOut) : null;
  const run = needed && !ready;
  // While it runs, new nodes (a graph imported into the studio mid-layout) start it again: else the old
  // layout's positions would never place them, and the canvas would wait for ever.
  const pendingNodes = run ? story.nodes : null;
  // A layout effect, so the progress shows from the first frame.
  useLayoutEffect(() => {
    if (!run) return;
    const { story: current, setDrawing, setLaidOut } = store.getState();
    const { ids, graph } = layoutGraphOf(current);
    setDrawing({ task: 'layout', fraction: 0 });
    return startLayout(graph, seedFor(current.id), {
      onProgress: (fraction) => setDrawing({ task: 'layout', fraction }),
      onDone: (xy) => {
        // A User Timing mark for the bench (npm run bench:longtasks): when the positions arrived. One per layout,
        // a microsecond: see README, "Performance".
        performance.mark('quotegraph:layout-done');
        setLaidOut(positionsById(ids, arrangeForBox(xy, graph, boxAspect.current())));
      },
    });
  }, [run, store, story.id, pendingNodes]);
  return ready;
}
