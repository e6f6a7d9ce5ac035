import type { Ref } from 'react';
import { useGraph, useGraphReady } from '../graph/useGraph';

/** Zoom in, zoom out and fit, for people without a wheel or trackpad. */
export function ZoomControls({ ref }: { ref?: Ref<HTMLDivElement> }) {
  const graph = useGraph();
  const ready = useGraphReady();
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom" ref={ref}>
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" disabled={!ready} onClick={() => graph.zoomBy(1.25)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out (−)" disabled={!ready} onClick={() => graph.zoomBy(0.8)}>
        −
      </button>
      <button type="button" aria-label="Fit the whole graph" title="Fit (0)" disabled={!ready} onClick={() => graph.fitAll()}>
        Fit
      </button>
    </div>
  );
}
