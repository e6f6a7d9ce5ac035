import type { Core, EventObject } from 'cytoscape';
import { setPositions } from '../model/studio/storyEdits';
import type { ExplorerStore } from '../store/createExplorerStore';
import { applySelection } from './applySelection';
import { graphViewOf, settleView } from './settleView';
import { VIEW_SET } from './viewport';

/** How long the view must be still (no wheel, pinch, drag or animation frame) before labels are sized and placed again. */
const REST_MS = 120;

/**
 * Connects one Cytoscape instance to the explorer's store, once (GraphController.attach): taps select, hovering
 * shows edge labels, a drag in the studio saves the position, and the store's selection, filters and focus are
 * drawn as classes; labels follow the view. Returns the function that undoes it all.
 */
export function bindGraphEvents(cy: Core, store: ExplorerStore): () => void {
  const onTapElement = (event: EventObject) => {
    const target = event.target;
    store.getState().select({ kind: target.isNode() ? 'node' : 'edge', id: target.id() });
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
  // In the studio, dragging a node saves its position as one undoable edit; a node placed by the force layout
  // moves in the store's layout too, so what is saved later ("Keep these positions") is what the canvas shows.
  const onDragFree = (event: EventObject) => {
    const state = store.getState();
    if (!state.editing) return;
    const id: string = event.target.id();
    const position = { ...event.target.position() };
    if (state.laidOut?.has(id)) state.setLaidOut(new Map(state.laidOut).set(id, position));
    state.applyEdit((story) => setPositions(story, new Map([[id, position]])));
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
    if (state.editing !== previous.editing) cy.autoungrabify(!state.editing);
  });
  return () => {
    clearTimeout(rest);
    unsubscribe();
    cy.removeListener(VIEW_SET, settle);
    cy.removeListener('viewport resize', onViewport);
    cy.removeListener('dragfree', 'node', onDragFree);
    cy.removeListener('tap', 'node, edge', onTapElement);
    cy.removeListener('tap', onTapBackground);
    cy.removeListener('mouseover', 'node, edge', onOver);
    cy.removeListener('mouseout', 'node, edge', onOut);
  };
}
