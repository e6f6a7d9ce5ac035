import type { ElementDefinition } from 'cytoscape';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { preventCytoscapeStyleInjection } from '../graph/cspSafety';
import { graphScale, renderHintsFor } from '../graph/graphScale';
import { chooseRenderer, probeWebgl } from '../graph/rendererChoice';
import { drawnPositions } from '../graph/toElements';
import { useFitOnResize } from '../graph/useFitOnResize';
import { useFreshContainerOffset } from '../graph/useFreshContainerOffset';
import { useGraph, useGraphReady } from '../graph/useGraph';
import { useGraphStyle } from '../graph/useGraphStyle';
import { useStoryOnCanvas } from '../graph/useStoryOnCanvas';
import { useViewClearOfSheet, type SheetOver } from '../graph/useViewClearOfSheet';
import { useViewFrame } from '../graph/useViewFrame';
import { MIN_ZOOM } from '../graph/viewport';
import { useScrollGuard } from '../graph/useScrollGuard';
import { readingOrder, stepThrough } from '../model/graph/readingOrder';
import { useExplorerStoreApi, useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import { detailsHeading, focusAfter } from './focusAfter';
import { GraphProgress } from './GraphProgress';
import { WebglCytoscape } from './WebglCytoscape';
import { ZoomControls } from './ZoomControls';

const PAN_STEP = 60;
/**
 * react-cytoscapejs is given no elements, the same empty list every time, so it never patches any: the graph
 * controller adds them (in batches, with Maps for ids such as `constructor`: graph/patchElements.ts). Without the
 * prop the library would draw its own example graph.
 */
const NO_ELEMENTS: ElementDefinition[] = [];
/**
 * What react-cytoscapejs is given, the same every render. No stylesheet (the controller owns it, and it follows the
 * zoom) and no layout (positions come with the elements, and the controller fits the view).
 */
const cytoscapeProps = {
  elements: NO_ELEMENTS,
  style: { width: '100%', height: '100%' },
  minZoom: MIN_ZOOM,
  maxZoom: 3,
  autounselectify: true,
  boxSelectionEnabled: false,
} as const;

// Before any Cytoscape instance exists: keeps it from injecting an inline <style> (refused under a strict CSP).
if (typeof document !== 'undefined') preventCytoscapeStyleInjection(document);

/**
 * Hosts the Cytoscape canvas. react-cytoscapejs mounts the instance and hands it to the explorer's graph
 * controller (graph/GraphController.ts), which does everything after that; this component only wires the DOM
 * around it (keys, resizes, the controls and a reading sheet over it). `sheet` is a reading sheet that comes up
 * over part of the canvas (the narrow explorer's): the view and the zoom buttons keep clear of it.
 */
export function GraphCanvas({ sheet }: { sheet?: SheetOver }) {
  const story = useExplorerStore(selectStory);
  const store = useExplorerStoreApi();
  const graph = useGraph();
  const ready = useGraphReady();
  const host = useRef<HTMLDivElement>(null);
  const scale = graphScale(story.nodes.length, story.edges.length);
  const preference = useExplorerStore((s) => s.renderer);
  // Set when a WebGL context is lost (GPU reset, too many contexts): the graph starts again on canvas.
  const [webglLost, setWebglLost] = useState(false);
  const onContextLost = useCallback(() => setWebglLost(true), []);
  const renderer = useMemo(() => chooseRenderer(preference, scale, probeWebgl, { contextLost: webglLost }), [preference, scale, webglLost]);
  const controls = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  // The test and scripting hook: the canvas host exposes its controller (`host.graph.cy` is the instance).
  useLayoutEffect(() => {
    if (host.current) Object.defineProperty(host.current, 'graph', { value: graph, configurable: true });
  }, [graph]);
  // In this order: the style and the view frame (the buttons already clear of the sheet) before the first fit.
  useGraphStyle(graph);
  useViewClearOfSheet(graph, host, sheet, stage, controls, ready);
  useViewFrame(graph, host, controls, sheet);
  useStoryOnCanvas(graph, ready);
  useFitOnResize(graph, host);
  const compact = useExplorerStore((s) => s.layout === 'compact');
  const drawn = useExplorerStore((s) => s.drawn);
  const scrollHint = useScrollGuard(graph, host, compact);
  useFreshContainerOffset(graph, host);

  // N and P step through the shown nodes in reading order, selecting and centring each; positions from the store.
  const stepNode = (step: 1 | -1) => {
    const { story: current, laidOut, hiddenTypes, selection } = store.getState();
    const positions = drawnPositions(current, laidOut);
    const hidden = new Set(hiddenTypes);
    const shown = current.nodes.flatMap((n) => {
      const at = positions.get(n.id);
      return at && !hidden.has(n.type) ? [{ id: n.id, ...at }] : [];
    });
    const next = stepThrough(readingOrder(shown), selection?.kind === 'node' ? selection.id : null, step);
    if (next) graph.show({ kind: 'node', id: next });
  };

  // Enter goes from the selection on the canvas to its details: their heading, with its first quote next in Tab order
  // (past the zoom buttons, the tour and the view switch, eight Tabs away). A narrow screen's sheet comes up for it.
  const toDetails = (from: Element) => focusAfter(from, () => store.getState().showPanel('details'), detailsHeading);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!graph.cy || event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' && store.getState().selection) {
      event.preventDefault();
      toDetails(event.currentTarget);
      return;
    }
    const keys: Record<string, () => void> = {
      ArrowLeft: () => graph.panBy(PAN_STEP, 0),
      ArrowRight: () => graph.panBy(-PAN_STEP, 0),
      ArrowUp: () => graph.panBy(0, PAN_STEP),
      ArrowDown: () => graph.panBy(0, -PAN_STEP),
      '+': () => graph.zoomBy(1.25),
      '=': () => graph.zoomBy(1.25),
      '-': () => graph.zoomBy(0.8),
      '0': () => graph.fitAll(),
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
        aria-label={`Graph of ${story.nodes.length} nodes and ${story.edges.length} relations. N and P step through the nodes, Enter goes to the selection's details; arrow keys pan, plus and minus zoom, 0 fits. The List view has the same content as text.`}
        onKeyDown={onKeyDown}
        // Set once the whole graph has been drawn, fitted and labelled: what tests and hosts can wait for.
        data-drawn={drawn ? 'true' : undefined}
        data-renderer={renderer.webgl ? 'webgl' : 'canvas'}
        data-renderer-reason={renderer.reason}
      >
        {renderer.webgl ? (
          <WebglCytoscape key={scale} {...renderHintsFor(scale)} {...cytoscapeProps} cy={graph.attach} onContextLost={onContextLost} />
        ) : (
          // Rendering hints are read only when Cytoscape starts: a story crossing the size line gets a new instance.
          <CytoscapeComponent key={scale} {...renderHintsFor(scale)} {...cytoscapeProps} cy={graph.attach} />
        )}
      </div>
      {scrollHint && (
        <p className="scroll-hint" aria-hidden="true">
          Click the graph to zoom and pan
        </p>
      )}
      <p className="canvas-hint" aria-hidden="true">
        N / P step through nodes · Enter: the selection’s quotes · arrows pan · + − zoom · 0 fits · Esc clears
      </p>
      <GraphProgress />
      <ZoomControls ref={controls} />
    </div>
  );
}
