import { drawnPositions } from '../../graph/toElements';
import { useGraph } from '../../graph/useGraph';
import { freeSpotNear } from '../../model/studio/placeNode';
import { useExplorerStoreApi } from '../../store/ExplorerStoreContext';

/** Where the next new node goes: the free spot nearest the middle of the graph in sight (see placeNode.ts). */
export function useNewNodePlace(): () => { x: number; y: number } {
  const graph = useGraph();
  const store = useExplorerStoreApi();
  return () => {
    const { story, laidOut } = store.getState();
    const placed = drawnPositions(story, laidOut);
    return freeSpotNear(placed.values(), graph.centreInSight() ?? { x: 0, y: 0 });
  };
}
