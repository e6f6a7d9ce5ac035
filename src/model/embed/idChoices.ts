import { describeSelection } from '../graph/describe';
import { ownerKey, type StoryIndex } from '../graph/storyIndex';
import type { Selection } from '../selection/selection';

/** One thing an embed can open on: what a person reads (a node's label, "A met with B") and its id. */
export interface IdChoice {
  selection: Selection;
  label: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byLabel = (a: IdChoice, b: IdChoice) => collator.compare(a.label, b.label) || collator.compare(a.selection.id, b.selection.id);

/** Every node and every relation of the story, each list in alphabetical order of what a person reads, for finding ids. */
export function idChoices(index: StoryIndex): { nodes: IdChoice[]; edges: IdChoice[] } {
  const choices = (kind: Selection['kind'], ids: Iterable<string>) =>
    [...ids].map((id): IdChoice => ({ selection: { kind, id }, label: describeSelection(index, { kind, id }) })).sort(byLabel);
  return { nodes: choices('node', index.nodes.keys()), edges: choices('edge', index.edges.keys()) };
}

/** A selection as one string (a `<select>`'s value): `node:kim-jong-un`, `edge:xi-met-kim`, or '' for none. */
export function selectionValue(selection: Selection | null): string {
  return selection ? ownerKey(selection) : '';
}

/** The selection a `selectionValue` stands for; null for '' or anything else. */
export function selectionFromValue(value: string): Selection | null {
  const match = /^(node|edge):(.+)$/s.exec(value);
  return match?.[1] === 'node' || match?.[1] === 'edge' ? { kind: match[1], id: match[2] ?? '' } : null;
}
