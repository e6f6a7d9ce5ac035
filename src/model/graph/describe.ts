import type { Selection } from '../selection/selection';
import { typeNameInSentence } from '../story/nodeTypes';
import type { TourStep } from '../story/types';
import type { StoryIndex } from './storyIndex';

/** A plain-language name for a selection: a node's label, or "A met with B" for a relation. */
export function describeSelection(index: StoryIndex, selection: Selection): string {
  if (selection.kind === 'node') return index.nodes.get(selection.id)?.label ?? selection.id;
  const edge = index.edges.get(selection.id);
  if (!edge) return selection.id;
  const label = (id: string) => index.nodes.get(id)?.label ?? id;
  return `${label(edge.source)} ${edge.label} ${label(edge.target)}`;
}

/** What a screen reader hears when the selection changes. */
export function announceSelection(index: StoryIndex, selection: Selection | null): string {
  if (!selection) return 'Selection cleared.';
  const quotes = index.evidenceByOwner.get(`${selection.kind}:${selection.id}`)?.length ?? 0;
  const quoteText = `${quotes} supporting quote${quotes === 1 ? '' : 's'}`;
  if (selection.kind === 'edge') return `Selected relation: ${describeSelection(index, selection)}. ${quoteText}.`;
  const node = index.nodes.get(selection.id);
  const relations = index.edgesByNode.get(selection.id)?.length ?? 0;
  return `Selected ${node ? typeNameInSentence(node.type) : 'node'} ${describeSelection(index, selection)}: ${relations} relation${relations === 1 ? '' : 's'}, ${quoteText}.`;
}

/** What a screen reader hears when the guided tour shows a step: where it is in the tour, the title and the text. */
export function announceStep(steps: readonly TourStep[], at: number): string {
  const step = steps[at];
  if (!step) return '';
  return `Guided tour, step ${at + 1} of ${steps.length}: ${step.title}. ${step.text}`;
}
