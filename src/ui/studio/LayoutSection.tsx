import { useEffect, useRef, useState } from 'react';
import { startLayout } from '../../graph/startLayout';
import { drawnPositions } from '../../graph/toElements';
import { useGraph, useGraphReady } from '../../graph/useGraph';
import { arrangeForBox } from '../../model/layout/arrangeForBox';
import { layoutGraphOf, positionsById, seedFor } from '../../model/layout/layoutGraph';
import { setPositions } from '../../model/studio/storyEdits';
import { useExplorerStore, useExplorerStoreApi } from '../../store/ExplorerStoreContext';

/**
 * The studio's layout tools. A story without saved positions is laid out each time it opens (the same way, but
 * only where this code runs); "Keep these positions" saves that picture with the story, as one undoable edit.
 * Readers never get this: a story they view is not changed behind their back. "Tidy layout" lays the story out
 * again (off the main thread) and saves the result.
 */
export function LayoutSection() {
  const graph = useGraph();
  const ready = useGraphReady();
  const store = useExplorerStoreApi();
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  const unplaced = useExplorerStore((s) => s.story.nodes.filter((n) => !n.position).length);
  const drawn = useExplorerStore((s) => s.drawing === null);
  const [tidying, setTidying] = useState<number | null>(null);
  const stopTidy = useRef<(() => void) | null>(null);
  useEffect(() => () => stopTidy.current?.(), []);

  // What the canvas shows, from the store (the force layout's positions, with any drags), not read off the canvas.
  const keep = () => {
    const { story, laidOut } = store.getState();
    const positions = drawnPositions(story, laidOut);
    applyEdit((current) => setPositions(current, positions));
  };

  const tidy = () => {
    const { story } = store.getState();
    const { ids, graph: layoutGraph } = layoutGraphOf(story);
    setTidying(0);
    stopTidy.current = startLayout(layoutGraph, seedFor(story.id), {
      onProgress: setTidying,
      onDone: (xy) => {
        const positions = positionsById(ids, arrangeForBox(xy, layoutGraph, graph.aspect()));
        setTidying(null);
        applyEdit((current) => setPositions(current, positions));
        graph.fitToPositions(positions.values());
      },
    });
  };

  return (
    <section className="studio-section" aria-label="Layout">
      <h3>Layout</h3>
      {unplaced > 0 && drawn && ready && (
        <div className="studio-keep">
          <p className="muted">
            {unplaced === 1 ? '1 node has' : `${unplaced.toLocaleString('en-US')} nodes have`} no saved position, so the picture was laid
            out when the story opened. Keep it to save these positions with the story.
          </p>
          <button type="button" className="chip" onClick={keep}>
            Keep these positions
          </button>
        </div>
      )}
      <p className="muted">Drag nodes to place them; positions are saved with the story.</p>
      <button type="button" className="chip" onClick={tidy} disabled={!ready || tidying !== null}>
        {tidying === null ? 'Tidy layout' : `Tidying… ${Math.round(tidying * 100)}%`}
      </button>
    </section>
  );
}
