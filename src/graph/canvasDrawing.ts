import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import type { ExplorerStore } from '../store/createExplorerStore';
import { LARGE_GRAPH_ELEMENTS } from './graphScale';
import { patchElements } from './patchElements';
import { matchDrawScale } from './graphStyle';
import { allowWholeView, estimateFitZoom, fitTo, fitToPositions } from './viewport';

/** Up to this many elements go to Cytoscape at once; a larger graph is handed over in parts. */
const AT_ONCE = LARGE_GRAPH_ELEMENTS;
/**
 * The first part, in elements. Each frame also redraws what is there already, so a part's time is not proportional
 * to its size: parts grow while a frame takes less than PART_MS and shrink when one takes much more, but never so
 * far that the graph takes more than MAX_PARTS frames (at 10,000 nodes a frame's fixed cost alone can pass PART_MS,
 * and 300 small parts took a minute).
 */
const FIRST_PART = 250;
const PART_MS = 80;
const MAX_PARTS = 40;
const PART_LIMITS = { min: 100, max: 4_000 } as const;
/** If Cytoscape draws nothing this long (its container hidden behind the List view), the next part goes anyway. */
const NO_RENDER_MS = 500;

/** What to do after elements were added or changed: draw the state on them (`fresh`: on every element). */
export type AfterPatch = (cy: Core, touched: CollectionReturnValue, fresh: boolean) => void;

/**
 * Gets a story's elements onto one Cytoscape instance without long main-thread tasks, for GraphController. Up to
 * AT_ONCE elements go in one batch, before the page's first paint. A larger graph is handed over in parts, since
 * Cytoscape styles, measures and draws new elements in the frame after they arrive (15,000 elements at once made
 * one task of many seconds), in one of two ways:
 * - laid out here: each part after Cytoscape has drawn the last, so the reader watches the layout's graph arrive;
 * - with saved positions: each part in a task of its own, styled and measured there (boundingBox) while Cytoscape
 *   is held in a batch, whose render loop draws nothing; the whole graph is then drawn in one frame. Drawing every
 *   part (as for a laid-out graph) redraws what is there each frame: a placed 5,000-node story took 3.7 s that way,
 *   2.5 s at once with a 1.9 s task, and 1.9 s held, with parts of ~100 ms and one last frame of ~0.5 s, which is
 *   Cytoscape filling its layered texture cache for 10,000 elements (bench:hostile, big-valid; README "Hostile files").
 * Progress goes to the store's `drawing`; once the whole graph is on screen, fitted (to the focus set, or everything)
 * and labelled, the store is told it is `drawn`. Later changes (studio edits) are patched in place.
 */
export class CanvasDrawing {
  readonly #store: ExplorerStore;
  readonly #afterPatch: AfterPatch;
  #cy: Core | null = null;
  /** What the canvas should show, and whether it was laid out here (only then are its parts drawn one by one). */
  #target: readonly ElementDefinition[] = [];
  #laidOut = false;
  /** What the instance has been given, and whether the whole graph has been drawn on it. */
  #given: readonly ElementDefinition[] = [];
  #complete = false;
  /** How many elements the next part of a first drawing brings the instance to, and how many it adds. */
  #handed = 0;
  #partSize = FIRST_PART;
  /** Fitted while its box had no size (hidden): fitted again once complete. */
  #fittedBlind = false;
  #stopWaiting: (() => void) | null = null;
  /** The instance held in a batch between the parts of a placed graph, so Cytoscape draws no frame until the last. */
  #held: Core | null = null;

  constructor(store: ExplorerStore, afterPatch: AfterPatch) {
    this.#store = store;
    this.#afterPatch = afterPatch;
  }

  /** True once the whole graph is on the current instance. */
  get complete(): boolean {
    return this.#complete;
  }

  /** A new instance (or none) starts from nothing: what it should show is drawn on it and fitted, as at first. */
  attach(cy: Core | null): void {
    this.#stop();
    this.#cy = cy;
    this.#reset();
    if (cy) this.#step();
  }

  /** What the canvas should show from now on (`laidOut`: positions from the force layout, not saved ones). */
  show(elements: readonly ElementDefinition[], laidOut: boolean): void {
    if (elements === this.#target && laidOut === this.#laidOut) return;
    this.#target = elements;
    this.#laidOut = laidOut;
    this.#step();
  }

  #reset(): void {
    this.#given = [];
    this.#complete = false;
    this.#handed = 0;
    this.#partSize = FIRST_PART;
  }

  #stop(): void {
    this.#stopWaiting?.();
    this.#stopWaiting = null;
    this.#release();
  }

  #release(): void {
    const held = this.#held;
    this.#held = null;
    if (held && !held.destroyed()) held.endBatch();
  }

  #hand(cy: Core, elements: readonly ElementDefinition[]): CollectionReturnValue {
    const touched = patchElements(cy, this.#given, elements);
    this.#given = elements;
    return touched;
  }

  #step(): void {
    const cy = this.#cy;
    this.#stop();
    if (!cy) return;
    const all = this.#target;
    if (all.length === 0) {
      // Emptying the canvas (a new layout, an imported graph) starts over: the next graph is fitted, maybe in parts.
      if (this.#given.length > 0) patchElements(cy, this.#given, []);
      this.#reset();
      return;
    }
    if (this.#complete) {
      // A studio edit may change what is bright anywhere: every element's state is drawn again.
      this.#afterPatch(cy, this.#hand(cy, all), true);
      return;
    }
    const first = this.#given.length === 0;
    const atOnce = all.length <= AT_ONCE;
    const inParts = !atOnce;
    const framed = this.#laidOut;
    // A placed graph's parts start as large as a graph drawn at once: they are styled, not drawn, one by one.
    if (first && !framed) this.#partSize = AT_ONCE;
    const count = inParts ? Math.min(all.length, Math.max(this.#handed, framed ? FIRST_PART : AT_ONCE)) : all.length;
    if (first && atOnce && !this.#store.getState().focusIds) {
      // Sized for the zoom the fit will choose before any element is styled: else the fit restyles them all again.
      const zoom = estimateFitZoom(cy, [...positionsOf(all)]);
      if (zoom !== null) matchDrawScale(cy, zoom);
    }
    const began = performance.now();
    const touched = this.#hand(cy, count === all.length ? all : all.slice(0, count));
    // A graph given at once is fitted from its nodes and lines; one handed over in parts from the positions alone,
    // since measuring thousands of elements is seconds of work.
    const fit = () => (atOnce ? fitTo(cy, this.#store.getState().focusIds, false) : fitToPositions(cy, positionsOf(all)));
    if (first) {
      // Drawn frame by frame, a laid-out graph opens at the usual zoom floor: each frame draws what is in view, and
      // with the whole of 5,000 nodes in view frames passed 200 ms (bench:longtasks: longest 452 ms against 203). Once
      // it is all there the floor is lowered (#finish), so Fit and zooming out show it whole.
      if (!framed) allowWholeView(cy, positionsOf(all));
      fit();
      this.#fittedBlind = cy.width() === 0 || cy.height() === 0;
    }
    // Only the new elements get the state's classes; after the fit, so a centring asked for meanwhile wins over it.
    this.#afterPatch(cy, touched, false);
    if (inParts) this.#store.getState().setDrawing({ task: 'draw', fraction: count / all.length });
    if (inParts && !framed && count < all.length) {
      // A placed graph: the parts' styles are computed in tasks of their own while Cytoscape is held in a batch
      // (its render loop draws nothing mid-batch), and the whole graph is drawn once, after the last part.
      // Measuring the part now (styles, label sizes, edge routes) keeps that work out of the one frame that draws all.
      touched.boundingBox();
      const took = performance.now() - began;
      cy.startBatch();
      this.#held = cy;
      this.#stopWaiting = nextTask(() => {
        this.#stopWaiting = null;
        this.#release();
        this.#grow(all.length, count, took);
        this.#step();
      });
      return;
    }
    const start = performance.now();
    const next = () => {
      this.#stop();
      if (count < all.length) {
        this.#grow(all.length, count, performance.now() - start);
        this.#handNext(cy);
        return;
      }
      this.#finish(cy, atOnce, inParts && framed, fit);
    };
    cy.on('render', next);
    const timer = setTimeout(next, NO_RENDER_MS);
    this.#stopWaiting = () => {
      cy.removeListener('render', next);
      clearTimeout(timer);
    };
  }

  /** Sizes the next part from the time the last one took, and sets how far it brings the instance. */
  #grow(total: number, count: number, took: number): void {
    const scale = took < PART_MS ? 1.5 : took > 1.5 * PART_MS ? 0.7 : 1;
    const smallest = Math.max(PART_LIMITS.min, Math.ceil(total / MAX_PARTS));
    this.#partSize = Math.round(Math.min(PART_LIMITS.max, Math.max(smallest, this.#partSize * scale)));
    this.#handed = count + this.#partSize;
  }

  /** The next part, once Cytoscape's frame is over (elements are not added from inside its render event). */
  #handNext(cy: Core): void {
    let cancelled = false;
    this.#stopWaiting = () => {
      cancelled = true;
    };
    queueMicrotask(() => {
      if (cancelled || this.#cy !== cy) return;
      this.#stopWaiting = null;
      this.#step();
    });
  }

  #finish(cy: Core, atOnce: boolean, framed: boolean, fit: () => void): void {
    // A User Timing mark for the bench (npm run bench): the first frame with the whole graph drawn. One per story
    // drawn, a microsecond: see README, "Performance".
    performance.mark('quotegraph:first-render');
    const ids = this.#store.getState().focusIds;
    if (ids && !atOnce) fitTo(cy, ids, false);
    else if (framed && !this.#fittedBlind) allowWholeView(cy, positionsOf(this.#target));
    else if (this.#fittedBlind) {
      // Shown while it was drawn (resize fits wait for the drawing): fit now, to the box it has.
      cy.resize();
      allowWholeView(cy, positionsOf(this.#target));
      fit();
      this.#fittedBlind = cy.width() === 0 || cy.height() === 0;
    }
    this.#complete = true;
    this.#store.getState().setDrawing(null);
    // Drawn for a reader only once it has a box: a graph in a hidden element is fitted (and so ready) when shown.
    if (!this.#fittedBlind) this.#store.getState().markDrawn();
  }
}

/** Runs `run` in a task of its own, after the browser has had its turn (input, paint); returns a cancel. */
function nextTask(run: () => void): () => void {
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) run();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}

function* positionsOf(elements: readonly ElementDefinition[]): Generator<{ x: number; y: number }> {
  for (const element of elements) if (element.position) yield element.position;
}
