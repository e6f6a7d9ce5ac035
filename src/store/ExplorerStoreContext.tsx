import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ExplorerStore } from './createExplorerStore';
import type { ExplorerState } from './explorerState';

const ExplorerStoreContext = createContext<ExplorerStore | null>(null);

export function ExplorerStoreProvider({ store, children }: { store: ExplorerStore; children: ReactNode }) {
  return <ExplorerStoreContext.Provider value={store}>{children}</ExplorerStoreContext.Provider>;
}

/** The store of the nearest explorer, for code that reads state outside render (event handlers, controllers). */
export function useExplorerStoreApi(): ExplorerStore {
  const store = useContext(ExplorerStoreContext);
  if (!store) throw new Error('useExplorerStore must be used inside <ExplorerStoreProvider>');
  return store;
}

/** Subscribes a component to one slice of the nearest explorer's state. */
export function useExplorerStore<T>(selector: (state: ExplorerState) => T): T {
  return useStore(useExplorerStoreApi(), selector);
}
