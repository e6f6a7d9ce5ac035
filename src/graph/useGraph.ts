import { useSyncExternalStore } from 'react';
import type { ExplorerStore } from '../store/createExplorerStore';
import { useExplorerStoreApi } from '../store/ExplorerStoreContext';
import { GraphController } from './GraphController';

const controllers = new WeakMap<ExplorerStore, GraphController>();

/**
 * The graph controller of one explorer: one per store, made on first use, so the canvas, the panels and the embeds'
 * APIs (which hold the store) all reach the same one, and it goes when the store goes.
 */
export function graphFor(store: ExplorerStore): GraphController {
  let controller = controllers.get(store);
  if (!controller) {
    controller = new GraphController(store);
    controllers.set(store, controller);
  }
  return controller;
}

/** The nearest explorer's graph controller, through the store's context. */
export function useGraph(): GraphController {
  return graphFor(useExplorerStoreApi());
}

/** True while the graph has a Cytoscape instance (exports and the zoom buttons need one). */
export function useGraphReady(): boolean {
  const graph = useGraph();
  return useSyncExternalStore(graph.subscribe, () => graph.cy !== null);
}
