import type { Core, ElementDefinition } from 'cytoscape';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Story } from '../model/story/types';
import type { ExplorerStore } from '../store/createExplorerStore';
import { LARGE_GRAPH_ELEMENTS } from './graphScale';
import { layoutKindFor, presetLayout, toElements, type LayoutOptions } from './toElements';
import { useForceLayout } from './useForceLayout';
import { fitTo, fitToPositions } from './viewport';

/** Up to this many elements go to Cytoscape at once, as they always did; a larger laid-out graph is handed over in parts. */
const AT_ONCE = LARGE_GRAPH_ELEMENTS;
/**
 * The first part, in elements. Each frame also redraws what is there already and costs React and the controller
 * a pass over the elements, so a part's time is not proportional to its size: parts grow while a frame takes less
 * than PART_MS and shrink when one takes much more, but never so far that the graph takes more than MAX_PARTS
 * frames (at 10,000 nodes a frame's fixed cost alone can pass PART_MS, and 300 small parts took a minute).
 */
const FIRST_PART = 250;
const PART_MS = 80;
const MAX_PARTS = 40;
const PART_LIMITS = { min: 100, max: 4_000 } as const;
/** The shape assumed for a box not yet measured: most graphs are shown in a wide one. */
const WIDE = 16 / 10;
/** If Cytoscape draws nothing this long (its container hidden behind the List view), the next part goes anyway. */
const NO_RENDER_MS = 500;

export interface GraphDrawing {
  /** What to hand react-cytoscapejs now: nothing while laying out, then everything, or a growing part of it. */
  elements: ElementDefinition[];
  /** The react-cytoscapejs layout: the positions as they are (the view is fitted here, not by Cytoscape). */
  layout: LayoutOptions;
}

/**
 * Gets a story onto the canvas without long main-thread tasks. Positions come from the story, or for a story
 * without them from the force layout in a worker (nothing is drawn meanwhile). A large graph is then handed to
 * Cytoscape a part at a time, each part after Cytoscape has drawn the last, since Cytoscape styles, measures and
 * draws new elements in the frame after they arrive: 15,000 elements at once make one task of many seconds.
 * Progress goes to the store's `drawing`; `focusIds` says what the view should show when done (see GraphCanvas).
 */
export function useGraphDrawing(cy: Core | null, story: Story, store: ExplorerStore, focusIds: () => readonly string[] | null): GraphDrawing {
  const kind = layoutKindFor(story);
  const laidOut = useForceLayout(story, kind === 'force', store, () => (cy && cy.height() > 0 ? cy.width() / cy.height() : WIDE));
  const all = useMemo(() => (kind === 'force' && !laidOut ? [] : toElements(story, laidOut)), [story, kind, laidOut]);
  // How many elements Cytoscape has been given, and whether it has drawn them all. Emptying the canvas (a new
  // layout, an imported graph) starts over, so the next graph is again handed over in parts and fitted.
  const [progress, setProgress] = useState({ handed: 0, complete: false });
  if (all.length === 0 && progress.handed + Number(progress.complete) > 0) setProgress({ handed: 0, complete: false });
  const partSize = useRef(FIRST_PART);
  // Only a laid-out story is handed over in parts: it is drawn after the page's first paint, where a long task
  // freezes a page the reader already sees. A story with saved positions is drawn in one go, before that first
  // paint, which is the faster way to the whole graph (measured at 5,000 nodes: 15 s at once, 29 s in parts).
  const inParts = kind === 'force' && !progress.complete && all.length > AT_ONCE;
  const elements = useMemo(() => (inParts ? all.slice(0, Math.max(progress.handed, FIRST_PART)) : all), [all, inParts, progress.handed]);
  // A graph given to Cytoscape at once is fitted from its nodes and lines (fitTo); one handed over in parts from the
  // positions alone, since measuring thousands of elements is seconds of work (fitToPositions).
  const atOnce = all.length <= AT_ONCE;
  const layout = useMemo(() => presetLayout(), []);
  // The instance last fitted here, and whether its box had no size then (hidden): a new instance (a lost WebGL
  // context, a story crossing the large-graph line) starts at zoom 1 and must be fitted too, and a blind fit is
  // redone once the graph is complete.
  const fittedFor = useRef<Core | null>(null);
  const fittedBlind = useRef(false);

  // A layout effect, as are the controller's: the first frame Cytoscape paints is already fitted and labelled (an
  // effect after paint let it draw one frame of the whole graph unfitted first, a flash and 50 ms of waste).
  useLayoutEffect(() => {
    if (!cy || all.length === 0) return;
    const fit = () => (atOnce ? fitTo(cy, focusIds(), false) : fitToPositions(cy, positionsOf(all)));
    if (progress.handed === 0 || fittedFor.current !== cy) {
      fit();
      fittedFor.current = cy;
      fittedBlind.current = cy.width() === 0 || cy.height() === 0;
    }
    if (progress.complete) return;
    const count = elements.length;
    if (inParts) store.getState().setDrawing({ task: 'draw', fraction: count / all.length });
    const start = performance.now();
    const next = () => {
      cy.removeListener('render', next);
      clearTimeout(timer);
      if (count < all.length) {
        const took = performance.now() - start;
        const scale = took < PART_MS ? 1.5 : took > 1.5 * PART_MS ? 0.7 : 1;
        const smallest = Math.max(PART_LIMITS.min, Math.ceil(all.length / MAX_PARTS));
        partSize.current = Math.round(Math.min(PART_LIMITS.max, Math.max(smallest, partSize.current * scale)));
        setProgress({ handed: count + partSize.current, complete: false });
        return;
      }
      // The bench's mark (npm run bench): the first frame with the whole graph drawn.
      performance.mark('quotegraph:first-render');
      const ids = focusIds();
      if (ids && !atOnce) fitTo(cy, ids, false);
      else if (fittedBlind.current) {
        // Shown while it was drawn (resize fits wait for the drawing): fit now, to the box it has.
        cy.resize();
        fit();
        fittedBlind.current = cy.width() === 0 || cy.height() === 0;
      }
      store.getState().setDrawing(null);
      // Drawn for a reader only once it has a box: a graph in a hidden element is fitted (and so ready) when shown.
      if (!fittedBlind.current) store.getState().markDrawn();
      setProgress({ handed: count, complete: true });
    };
    cy.on('render', next);
    const timer = setTimeout(next, NO_RENDER_MS);
    return () => {
      cy.removeListener('render', next);
      clearTimeout(timer);
    };
  }, [cy, store, all, elements, inParts, progress, atOnce, focusIds]);

  return { elements, layout };
}

function* positionsOf(elements: readonly ElementDefinition[]): Generator<{ x: number; y: number }> {
  for (const element of elements) if (element.position) yield element.position;
}
