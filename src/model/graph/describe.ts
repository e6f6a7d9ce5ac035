import type { Selection } from '../selection/selection';
import { typeNameInSentence } from '../story/nodeTypes';
import type { StoryNode, TourStep } from '../story/types';
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

/** Words joined as a sentence lists them: "person", "person and place", "person, group and place". */
function inWords(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * What a screen reader hears when the legend hides or shows node types: which, and how many nodes are left in view
 * ("Person nodes hidden: 22 of 29 nodes in view."). The pressed state of the legend button says only that button's.
 */
export function announceFilter(nodes: readonly StoryNode[], before: readonly string[], now: readonly string[]): string {
  const hidden = now.filter((type) => !before.includes(type)).map(typeNameInSentence);
  const shown = before.filter((type) => !now.includes(type)).map(typeNameInSentence);
  const changes = [hidden.length > 0 ? `${inWords(hidden)} nodes hidden` : '', shown.length > 0 ? `${inWords(shown)} nodes shown` : ''].filter(Boolean).join('; ');
  const inView = nodes.filter((node) => !now.includes(node.type)).length;
  return `${changes.charAt(0).toUpperCase()}${changes.slice(1)}: ${inView} of ${nodes.length} nodes in view.`;
}
