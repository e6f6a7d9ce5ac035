import type { StoryNode } from '../../model/story/types';

/** The story's nodes as a menu's options, by label (the value is the id), for choosing a relation's ends. */
export function NodeOptions({ nodes }: { nodes: readonly StoryNode[] }) {
  return nodes.map((n) => (
    <option key={n.id} value={n.id}>
      {n.label}
    </option>
  ));
}
