import type { Core, EventObject } from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import { useLayoutEffect, useRef } from 'react';
import { prominenceOrder } from '../model/labels/prominence';
import type { Story } from '../model/story/types';
import { setPositions } from '../model/studio/storyEdits';
import type { ExplorerStore } from '../store/createExplorerStore';
import type { ExplorerState } from '../store/explorerState';
import { applySelection, type GraphView } from './applySelection';
import { matchDrawScale } from './graphStyle';
import { emphasisFor, graphScale } from './graphScale';
import { showReadableLabels } from './readableLabels';
import { centreOn, fitTo, VIEW_SET } from './viewport';

/** How long the view must be still (no wheel, pinch, drag or animation frame) before labels are sized and placed again. */
const REST_MS = 120;

/**
 * Connects one Cytoscape instance to the explorer's store: taps select, hovering shows edge labels,
 * and store changes are drawn on the graph. Renders nothing; binds once per cy instance.
 */
export function useGraphController(cy: Core | null, store: ExplorerStore, elements: readonly ElementDefinition[]): void {
  // A centring asked for before its element was drawn (a node just made in the studio) waits for the next patch.
  const pendingCentre = useRef<string | null>(null);

  // After react-cytoscapejs has patched in new elements (a studio edit), draw the state on them too.
  useLayoutEffect(() => {
    if (!cy) return;
    // Patched elements may be new or replaced, so they get every class, not only what changed since the last draw.
    applySelection(cy, store.getState().index, graphViewOf(store.getState()), { fresh: true });
    settleView(cy, store.getState());
    if (pendingCentre.current && cy.getElementById(pendingCentre.current).nonempty()) {
      centreOn(cy, pendingCentre.current);
      pendingCentre.current = null;
    }
  }, [cy, store, elements]);

  useLayoutEffect(() => {
    if (!cy) return;
    const select = store.getState().select;
    const onTapElement = (event: EventObject) => {
      const target = event.target;
      select({ kind: target.isNode() ? 'node' : 'edge', id: target.id() });
    };
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) store.getState().clearSelection();
    };
    const onOver = (event: EventObject) => {
      const target = event.target;
      target.addClass(target.isNode() ? 'hover' : 'hover-label');
      if (target.isNode()) target.connectedEdges().addClass('hover-label');
      cy.container()?.style.setProperty('cursor', 'pointer');
    };
    const onOut = (event: EventObject) => {
      const target = event.target;
      target.removeClass('hover hover-label');
      if (target.isNode()) target.connectedEdges().removeClass('hover-label');
      cy.container()?.style.removeProperty('cursor');
    };
    // In the studio, dragging a node saves its position as one undoable edit.
    const onDragFree = (event: EventObject) => {
      if (!store.getState().editing) return;
      const node = event.target;
      store.getState().applyEdit((story) => setPositions(story, new Map([[node.id(), node.position()]])));
    };
    cy.autoungrabify(!store.getState().editing);
    cy.on('dragfree', 'node', onDragFree);
    cy.on('tap', 'node, edge', onTapElement);
    cy.on('tap', onTapBackground);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);

    // Labels and sizes follow the view: at once when the app set it, once it rests when the reader moves it.
    let rest: ReturnType<typeof setTimeout> | undefined;
    let settled = '';
    const viewKey = () => `${cy.zoom()} ${cy.pan().x} ${cy.pan().y} ${cy.width()} ${cy.height()}`;
    const settle = () => {
      clearTimeout(rest);
      settleView(cy, store.getState());
      settled = viewKey();
    };
    const onViewport = () => {
      clearTimeout(rest);
      rest = setTimeout(() => {
        if (viewKey() !== settled) settle();
      }, REST_MS);
    };
    const draw = () => {
      applySelection(cy, store.getState().index, graphViewOf(store.getState()));
      settle();
    };
    cy.on(VIEW_SET, settle);
    cy.on('viewport resize', onViewport);
    draw();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.selection !== previous.selection || state.hiddenTypes !== previous.hiddenTypes || state.focusIds !== previous.focusIds) draw();
      if (state.centreRequest !== previous.centreRequest && state.selection) {
        if (cy.getElementById(state.selection.id).nonempty()) centreOn(cy, state.selection.id);
        else pendingCentre.current = state.selection.id;
      }
      if (state.fitRequest !== previous.fitRequest) fitTo(cy, state.focusIds, true);
      if (state.fitAllRequest !== previous.fitAllRequest) fitTo(cy, null, true);
      if (state.editing !== previous.editing) cy.autoungrabify(!state.editing);
    });
    return () => {
      clearTimeout(rest);
      cy.removeListener(VIEW_SET, settle);
      cy.removeListener('viewport resize', onViewport);
      unsubscribe();
      cy.removeListener('dragfree', 'node', onDragFree);
      cy.removeListener('tap', 'node, edge', onTapElement);
      cy.removeListener('tap', onTapBackground);
      cy.removeListener('mouseover', 'node, edge', onOver);
      cy.removeListener('mouseout', 'node, edge', onOut);
    };
  }, [cy, store]);
}

const prominenceOf = new WeakMap<Story, string[]>();

/**
 * Sizes labels, nodes and lines for the view's zoom and places the labels that fit (a small graph; a large one
 * keeps its sizes and shows labels by zoom alone, see graphScale.ts).
 */
function settleView(cy: Core, state: ExplorerState): void {
  if (graphScale(state.story.nodes.length, state.story.edges.length) === 'large') return;
  matchDrawScale(cy);
  let prominence = prominenceOf.get(state.story);
  if (!prominence) {
    prominence = prominenceOrder(state.story);
    prominenceOf.set(state.story, prominence);
  }
  showReadableLabels(cy, prominence);
}

/** What the graph should show for the store's state. */
function graphViewOf({ selection, hiddenTypes, focusIds, story }: ExplorerState): GraphView {
  return { selection, hiddenTypes, focusIds, emphasis: emphasisFor(graphScale(story.nodes.length, story.edges.length)) };
}
