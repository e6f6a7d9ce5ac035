import type { Selection } from '../selection/selection';
import type { StoryIndex } from './storyIndex';

/** A node or edge id as a selection (APIs take bare ids); null when the story has neither. */
export function selectionForId(index: StoryIndex, id: string): Selection | null {
  if (index.nodes.has(id)) return { kind: 'node', id };
  if (index.edges.has(id)) return { kind: 'edge', id };
  return null;
}
