import type { Core } from 'cytoscape';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { preventCytoscapeStyleInjection } from '../graph/cspSafety';
import { graphScale, renderHintsFor } from '../graph/graphScale';
import { chooseRenderer, probeWebgl } from '../graph/rendererChoice';
import { useFitOnResize } from '../graph/useFitOnResize';
import { useGraphController } from '../graph/useGraphController';
import { useFreshContainerOffset } from '../graph/useFreshContainerOffset';
import { useGraphDrawing } from '../graph/useGraphDrawing';
import { useGraphStyle } from '../graph/useGraphStyle';
import { useViewClearOfSheet, type SheetOver } from '../graph/useViewClearOfSheet';
import { useViewFrame } from '../graph/useViewFrame';
import { useScrollGuard } from '../graph/useScrollGuard';
import { fitAll, panBy, zoomBy } from '../graph/viewport';
import { readingOrder, stepThrough } from '../model/graph/readingOrder';
import { useExplorerStoreApi, useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import { GraphProgress } from './GraphProgress';
import { StoryCytoscape } from './StoryCytoscape';
import { WebglCytoscape } from './WebglCytoscape';
import { ZoomControls } from './ZoomControls';

const PAN_STEP = 60;

// Before any Cytoscape instance exists: keeps it from injecting an inline <style> (refused under a strict CSP).
if (typeof document !== 'undefined') preventCytoscapeStyleInjection(document);

/**
 * Hosts the Cytoscape canvas. Elements, stylesheet and layout are memoised so react-cytoscapejs never re-patches
 * them; useGraphDrawing decides what Cytoscape has so far (a story without positions is laid out first). `sheet` is
 * a reading sheet that comes up over part of the canvas (the narrow explorer's): the view and the zoom buttons keep
 * clear of it.
 */
export function GraphCanvas({ onCy, sheet }: { onCy?: (cy: Core) => void; sheet?: SheetOver }) {
  const story = useExplorerStore(selectStory);
  const store = useExplorerStoreApi();
  const host = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const theme = useExplorerStore((s) => s.theme);
  const scale = graphScale(story.nodes.length, story.edges.length);
  const types = useMemo(() => story.nodes.map((n) => n.type), [story]);
  const preference = useExplorerStore((s) => s.renderer);
  // Set when a WebGL context is lost (GPU reset, too many contexts): the graph starts again on canvas.
  const [webglLost, setWebglLost] = useState(false);
  const renderer = useMemo(() => chooseRenderer(preference, scale, probeWebgl, { contextLost: webglLost }), [preference, scale, webglLost]);
  const Cytoscape = renderer.webgl ? WebglCytoscape : StoryCytoscape;
  const watched = useRef(new WeakSet<Core>());
  // react-cytoscapejs calls this on every render: only a new instance changes state.
  const handleCy = useCallback(
    (instance: Core) => {
      setCy((previous) => (previous === instance ? previous : instance));
      if (host.current) Object.defineProperty(host.current, 'cy', { value: instance, configurable: true });
      onCy?.(instance);
      // Once per instance: react-cytoscapejs calls this on every render.
      if (renderer.webgl && !watched.current.has(instance)) {
        watched.current.add(instance);
        instance.container()?.querySelector('canvas[data-id$="webgl"]')?.addEventListener('webglcontextlost', () => setWebglLost(true), { once: true });
      }
    },
    [onCy, renderer.webgl],
  );
  // What a fit shows: the focus set, else everything (a selection opens in context: the whole graph, its
  // neighbourhood bright; labels stay readable at any zoom, see graph/drawScale.ts).
  const focusIds = useCallback(() => store.getState().focusIds, [store]);
  const controls = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  useGraphStyle(cy, types, theme, scale);
  // Both before useGraphDrawing: its first fit measures the frame, with the buttons already clear of the sheet.
  useViewClearOfSheet(cy, sheet, stage, controls);
  useViewFrame(cy, host, controls, sheet);
  const { elements, layout } = useGraphDrawing(cy, story, store, focusIds);
  useGraphController(cy, store, elements);
  const drawing = useCallback(() => store.getState().drawing !== null, [store]);
  const markDrawn = useCallback(() => store.getState().markDrawn(), [store]);
  useFitOnResize(cy, host, focusIds, drawing, markDrawn);
  const compact = useExplorerStore((s) => s.layout === 'compact');
  const drawn = useExplorerStore((s) => s.drawn);
  const scrollHint = useScrollGuard(cy, host, compact);
  useFreshContainerOffset(cy, host);

  // N and P step through the visible nodes in reading order, selecting and centring each.
  const stepNode = (step: 1 | -1) => {
    if (!cy) return;
    const order = readingOrder(cy.nodes(':visible').map((n) => ({ id: n.id(), ...n.position() })));
    const { selection, select } = store.getState();
    const next = stepThrough(order, selection?.kind === 'node' ? selection.id : null, step);
    if (next) select({ kind: 'node', id: next }, { centre: true });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!cy || event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => panBy(cy, PAN_STEP, 0),
      ArrowRight: () => panBy(cy, -PAN_STEP, 0),
      ArrowUp: () => panBy(cy, 0, PAN_STEP),
      ArrowDown: () => panBy(cy, 0, -PAN_STEP),
      '+': () => zoomBy(cy, 1.25),
      '=': () => zoomBy(cy, 1.25),
      '-': () => zoomBy(cy, 0.8),
      '0': () => fitAll(cy),
      n: () => stepNode(1),
      N: () => stepNode(-1),
      p: () => stepNode(-1),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div className="graph-stage" ref={stage}>
      <div
        ref={host}
        className="graph-canvas"
        tabIndex={0}
        role="application"
        aria-roledescription="graph"
        aria-label={`Graph of ${story.nodes.length} nodes and ${story.edges.length} relations. N and P step through the nodes; arrow keys pan, plus and minus zoom, 0 fits. The List view has the same content as text.`}
        onKeyDown={onKeyDown}
        // Set once the whole graph has been drawn, fitted and labelled: what tests and hosts can wait for.
        data-drawn={drawn ? 'true' : undefined}
        data-renderer={renderer.webgl ? 'webgl' : 'canvas'}
        data-renderer-reason={renderer.reason}
      >
        <Cytoscape
          // Rendering hints are read only when Cytoscape starts: a story crossing the size line gets a new instance.
          key={`${scale}-${renderer.webgl ? 'webgl' : 'canvas'}`}
          {...renderHintsFor(scale)}
          elements={elements}
          // No stylesheet prop: useGraphStyle owns the style, which also follows the zoom.
          layout={layout}
          cy={handleCy}
          style={{ width: '100%', height: '100%' }}
          minZoom={0.2}
          maxZoom={3}
          autounselectify
          boxSelectionEnabled={false}
        />
      </div>
      {scrollHint && (
        <p className="scroll-hint" aria-hidden="true">
          Click the graph to zoom and pan
        </p>
      )}
      <p className="canvas-hint" aria-hidden="true">
        N / P step through nodes · arrows pan · + − zoom · 0 fits · Esc clears
      </p>
      <GraphProgress />
      <ZoomControls cy={cy} ref={controls} />
    </div>
  );
}
