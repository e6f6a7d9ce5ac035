import { selectionForId } from '../model/graph/selectionForId';
import type { ExplorerStore } from '../store/createExplorerStore';

/**
 * The actions both embeds expose (element methods and frame messages), on one explorer's store.
 * Unknown ids are ignored quietly: a host page's typo should not break the reader's view.
 */
export function embedApi(store: ExplorerStore) {
  const state = () => store.getState();
  return {
    /** Selects by id and brings it into view; `{ centre: false }` leaves the view as it is (the node= attribute). */
    select(id: string, { centre = true }: { centre?: boolean } = {}): void {
      const selection = selectionForId(state().index, id);
      if (selection) state().select(selection, { centre });
    },
    clear(): void {
      state().clearSelection();
    },
    focus(ids: readonly string[]): void {
      state().focus(ids);
    },
    fit(): void {
      state().requestFit();
    },
    /** Steps count from 1, as readers do. */
    goToStep(n: number): void {
      state().goToStep(n - 1);
    },
  };
}
export type EmbedApi = ReturnType<typeof embedApi>;
