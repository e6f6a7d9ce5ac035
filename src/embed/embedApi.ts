import { selectionForId } from '../model/graph/selectionForId';
import { graphFor } from '../graph/useGraph';
import type { ExplorerStore } from '../store/createExplorerStore';

/**
 * The actions both embeds expose (element methods and frame messages), on one explorer's store.
 * Unknown ids are ignored quietly: a host page's typo should not break the reader's view.
 */
export function embedApi(store: ExplorerStore) {
  const state = () => store.getState();
  const graph = graphFor(store);
  return {
    /** Selects by id and brings it into view; `{ centre: false }` leaves the view as it is (the node= attribute). */
    select(id: string, { centre = true }: { centre?: boolean } = {}): void {
      const selection = selectionForId(state().index, id);
      if (selection && centre) graph.show(selection);
      else if (selection) state().select(selection);
    },
    clear(): void {
      state().clearSelection();
    },
    focus(ids: readonly string[]): void {
      graph.focus(ids);
    },
    fit(): void {
      graph.fitAll({ animate: true });
    },
    /** Steps count from 1, as readers do; the view fits what the step focuses on. */
    goToStep(n: number): void {
      state().goToStep(n - 1);
      graph.fit({ animate: true });
    },
  };
}
export type EmbedApi = ReturnType<typeof embedApi>;
