import type { Core } from 'cytoscape';
import { prominenceOrder } from '../model/labels/prominence';
import type { Story } from '../model/story/types';
import type { ExplorerState } from '../store/explorerState';
import type { GraphView } from './applySelection';
import { matchDrawScale } from './graphStyle';
import { emphasisFor, graphScale } from './graphScale';
import { showReadableLabels } from './readableLabels';

const prominenceOf = new WeakMap<Story, string[]>();

/**
 * Sizes labels, nodes and lines for the view's zoom and places the labels that fit (a small graph; a large one
 * keeps its sizes and shows labels by zoom alone, see graphScale.ts).
 */
export function settleView(cy: Core, state: ExplorerState): void {
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
export function graphViewOf({ selection, hiddenTypes, focusIds, story }: ExplorerState): GraphView {
  return { selection, hiddenTypes, focusIds, emphasis: emphasisFor(graphScale(story.nodes.length, story.edges.length)) };
}
