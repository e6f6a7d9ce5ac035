import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import type { Selection } from '../model/selection/selection';
import type { ExplorerStore } from '../store/createExplorerStore';
import { applySelection } from './applySelection';
import { bindGraphEvents } from './bindGraphEvents';
import { CanvasDrawing } from './canvasDrawing';
import { setGraphStyle, type StyleBasis } from './graphStyle';
import { graphViewOf, settleView } from './settleView';
import { forgetContainerOffset } from './useFreshContainerOffset';
import { setViewFrameSource, type ViewFrame } from './viewFrame';
import { allowWholeView, centreOn, estimateFitZoom, fitTo, fitToPositions, graphCentreInSight, panBy, VIEW_SET, zoomBy } from './viewport';

/** The shape assumed for a box not yet measured: most graphs are shown in a wide one. */
const WIDE = 16 / 10;

/**
 * The one owner of an explorer's Cytoscape instance. react-cytoscapejs makes the instance and hands it over
 * (`attach`); everything done to it after that goes through here: drawing the story's elements (in batches for a
 * large laid-out graph), the stylesheet, the store's state as classes, the reader's taps and drags, and the view
 * commands (fit, centre, focus, zoom, pan), exports and the box's shape. Components reach it with `useGraph()`;
 * the embeds' APIs with `graphFor(store)`. Commands given while there is no instance do nothing, except a centring,
 * which waits for its element (a node just made in the studio, drawn after the edit).
 */
export class GraphController {
  readonly #store: ExplorerStore;
  readonly #drawing: CanvasDrawing;
  readonly #listeners = new Set<() => void>();
  #cy: Core | null = null;
  /** True once the reader has zoomed or panned since the view was last fitted: a resize then keeps their view. */
  #readerMoved = false;
  #unbind: (() => void) | null = null;
  #style: { key: string; basis: StyleBasis } | null = null;
  #frame: (() => ViewFrame) | null = null;
  #userNavigation = true;
  #pendingCentre: string | null = null;

  constructor(store: ExplorerStore) {
    this.#store = store;
    this.#drawing = new CanvasDrawing(store, (cy, touched, fresh) => this.#afterPatch(cy, touched, fresh));
  }

  /**
   * The Cytoscape instance, read-only: for the element's `cy` property, tests and advanced hosts. Null before
   * react-cytoscapejs has made it and after it was destroyed. Code in the app uses the commands instead.
   */
  get cy(): Core | null {
    return this.#cy;
  }

  /** Calls `listener` when the instance comes or goes (for useSyncExternalStore); returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /**
   * Takes over an instance react-cytoscapejs made: its `cy` callback, which the library calls on every render, so
   * only a new instance does anything. The instance is let go when Cytoscape destroys it (the component unmounts).
   */
  readonly attach = (cy: Core): void => {
    if (cy === this.#cy) return;
    this.#release();
    this.#cy = cy;
    if (this.#frame) setViewFrameSource(cy, this.#frame);
    if (this.#style) setGraphStyle(cy, this.#style.basis);
    this.#applyUserNavigation(cy);
    const unbindEvents = bindGraphEvents(cy, this.#store);
    const onReaderMove = () => {
      this.#readerMoved = true;
    };
    cy.on('dragpan pinchzoom scrollzoom', onReaderMove);
    this.#unbind = () => {
      unbindEvents();
      cy.removeListener('dragpan pinchzoom scrollzoom', onReaderMove);
    };
    cy.one('destroy', () => {
      if (this.#cy === cy) this.#release();
    });
    this.#drawing.attach(cy);
    this.#notify();
  };

  #release(): void {
    this.#unbind?.();
    this.#unbind = null;
    this.#cy = null;
    this.#drawing.attach(null);
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }

  /** What the canvas shows: the story's elements (`laidOut`: placed by the force layout, so large ones go in batches). */
  draw(elements: readonly ElementDefinition[], { laidOut }: { laidOut: boolean }): void {
    this.#drawing.show(elements, laidOut);
  }

  /**
   * The stylesheet's basis (node types, theme, scale mode). Rebuilt only when one of those changes: a studio edit
   * that adds no type, or a drag, restyles nothing. Sizes for the zoom follow the view (graphStyle.ts).
   */
  setStyle(basis: StyleBasis): void {
    const key = JSON.stringify([[...new Set(basis.types)].sort(), basis.theme, basis.scale]);
    if (this.#style?.key === key) return;
    this.#style = { key, basis };
    const cy = this.#cy;
    if (!cy) return;
    // A graph about to be fitted is styled for the zoom it will have, so the fit need not restyle it all again.
    setGraphStyle(cy, basis, cy.zoom() === 1 ? (estimateFitZoom(cy) ?? 1) : cy.zoom());
    cy.emit(VIEW_SET);
  }

  /** How to measure what is drawn over the canvas (controls, a reading sheet): see viewFrame.ts. */
  setViewFrame(measure: () => ViewFrame): void {
    this.#frame = measure;
    if (this.#cy) setViewFrameSource(this.#cy, measure);
  }

  /** Fits the view to the focus set (or to `ids`), else to the whole graph. */
  fit({ ids = this.#store.getState().focusIds, animate = false }: { ids?: readonly string[] | null; animate?: boolean } = {}): void {
    if (!this.#cy) return;
    this.#readerMoved = false;
    fitTo(this.#cy, ids, animate);
  }

  /** Shows the whole graph; a focus set stays highlighted (the Fit button, `0`, the embeds' fit()). */
  fitAll({ animate = false }: { animate?: boolean } = {}): void {
    this.fit({ ids: null, animate });
  }

  /** Highlights a set of nodes and relations (store.focus) and fits the view to it, or to everything when none is known. */
  focus(ids: readonly string[]): void {
    this.#store.getState().focus(ids);
    this.fit({ animate: true });
  }

  /** Brings a node or relation to the middle of the part in sight, at the same zoom; waits for it if not drawn yet. */
  centre(id: string): void {
    const cy = this.#cy;
    if (cy && cy.getElementById(id).nonempty()) {
      this.#pendingCentre = null;
      centreOn(cy, id);
    } else this.#pendingCentre = id;
  }

  /** Selects something and brings it into view (search, links in the panels, N and P); unknown ids leave a notice. */
  show(selection: Selection): void {
    this.#store.getState().select(selection);
    if (this.#store.getState().selection?.id === selection.id) this.centre(selection.id);
  }

  /** The reader's own zoom (keys, buttons): it takes over from any view still animating, and a resize keeps it. */
  zoomBy(factor: number): void {
    if (!this.#cy) return;
    this.#readerMoved = true;
    this.#cy.stop();
    zoomBy(this.#cy, factor);
  }

  panBy(dx: number, dy: number): void {
    if (!this.#cy) return;
    this.#readerMoved = true;
    this.#cy.stop();
    panBy(this.#cy, dx, dy);
  }

  /** Moves the view without placing labels at once (a sheet sliding over the canvas): they follow once it rests. */
  shift(dx: number, dy: number): void {
    this.#cy?.panBy({ x: dx, y: dy });
  }

  /** Fits to positions alone, before Cytoscape has them (the studio's Tidy layout). */
  fitToPositions(positions: Iterable<{ x: number; y: number }>): void {
    if (this.#cy) fitToPositions(this.#cy, positions);
  }

  /** The graph position in the middle of the view in sight, or null before there is a view. */
  centreInSight(): { x: number; y: number } | null {
    return this.#cy ? graphCentreInSight(this.#cy) : null;
  }

  /** The box's width over its height, for laying a picture out along it. */
  readonly aspect = (): number => {
    const cy = this.#cy;
    return cy && cy.height() > 0 ? cy.width() / cy.height() : WIDE;
  };

  /**
   * The container changed size (react-cytoscapejs does not follow it): Cytoscape measures again, and the view is
   * fitted to the focus set or everything, unless the first drawing is still going (it fits the view itself).
   */
  resized(): void {
    const cy = this.#cy;
    if (!cy) return;
    const before = { width: cy.width(), height: cy.height() };
    cy.resize();
    if (!this.#drawing.complete) return;
    allowWholeView(cy, cy.nodes().map((node) => node.position()));
    if (this.#readerMoved) {
      // The reader zoomed or panned: keep what they were looking at in the middle (a phone's address bar sliding
      // away, a rotated screen) rather than throwing their view away for a fit.
      cy.panBy({ x: (cy.width() - before.width) / 2, y: (cy.height() - before.height) / 2 });
    } else fitTo(cy, this.#store.getState().focusIds, false);
    // A graph drawn while hidden (display: none) is ready once it is shown and fitted.
    this.#store.getState().markDrawn();
  }

  /** Whether the wheel and a finger zoom and pan the graph (an embed hands them to the page until it is used). */
  setUserNavigation(on: boolean): void {
    this.#userNavigation = on;
    if (this.#cy) this.#applyUserNavigation(this.#cy);
  }

  get userNavigation(): boolean {
    return this.#userNavigation;
  }

  #applyUserNavigation(cy: Core): void {
    cy.userZoomingEnabled(this.#userNavigation);
    cy.userPanningEnabled(this.#userNavigation);
  }

  /** Makes Cytoscape measure where its container is on the page before it next maps a pointer (useFreshContainerOffset). */
  forgetContainerOffset(): void {
    if (this.#cy) forgetContainerOffset(this.#cy);
  }

  /** The whole graph as a PNG at twice the resolution, on `background`; null without an instance. */
  async exportPng(background: string): Promise<Blob | null> {
    const cy = this.#cy;
    if (!cy) return null;
    const { graphToPngBlob } = await import('./exportImage');
    return graphToPngBlob(cy, { background });
  }

  /** The graph as drawn, as an SVG document; null without an instance. */
  async exportSvg(title: string): Promise<string | null> {
    const cy = this.#cy;
    if (!cy) return null;
    const { graphToSvg } = await import('./exportSvg');
    return graphToSvg(cy, { title });
  }

  /** After elements arrive or change: the state's classes on them, labels for the view, a centring that waited. */
  #afterPatch(cy: Core, touched: CollectionReturnValue, fresh: boolean): void {
    const state = this.#store.getState();
    applySelection(cy, state.index, graphViewOf(state), fresh ? { fresh } : { added: touched });
    settleView(cy, state);
    const pending = this.#pendingCentre;
    if (pending && cy.getElementById(pending).nonempty()) {
      this.#pendingCentre = null;
      centreOn(cy, pending);
    }
  }
}
