import type { Core } from 'cytoscape';
import type { Ref } from 'react';
import { fitAll, zoomBy } from '../graph/viewport';

/** Zoom in, zoom out and fit, for people without a wheel or trackpad. */
export function ZoomControls({ cy, ref }: { cy: Core | null; ref?: Ref<HTMLDivElement> }) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom" ref={ref}>
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" disabled={!cy} onClick={() => cy && zoomBy(cy, 1.25)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out (−)" disabled={!cy} onClick={() => cy && zoomBy(cy, 0.8)}>
        −
      </button>
      <button type="button" aria-label="Fit the whole graph" title="Fit (0)" disabled={!cy} onClick={() => cy && fitAll(cy)}>
        Fit
      </button>
    </div>
  );
}
