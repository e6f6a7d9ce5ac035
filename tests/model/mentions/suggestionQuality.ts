import { nameKey } from '../../../src/model/mentions/nameGroups';
import { suggestNodes, type NodeSuggestion } from '../../../src/model/mentions/suggestNodes';
import type { Story } from '../../../src/model/story/types';

/** How "Suggest nodes" does on a curated story with its graph hidden: which nodes it recovers, and how many of its suggestions are nodes. */
export interface SuggestionQuality {
  recovered: number;
  nodes: number;
  missed: string[];
  /** Suggestions whose label or alias is some node's label or alias. */
  right: number;
  suggestions: number;
  extra: string[];
  /** Of the suggestions that name a node, how many propose that node's type. */
  typed: number;
  listed: NodeSuggestion[];
}

const namesOf = (labels: readonly string[]) => new Set(labels.map(nameKey));

/** Runs the finder on the story's article alone (no nodes, no relations) and compares by label or alias. */
export function suggestionQuality(story: Story): SuggestionQuality {
  const listed = suggestNodes({ ...story, nodes: [], edges: [] });
  const suggested = namesOf(listed.flatMap((s) => [s.label, ...s.aliases]));
  const curated = namesOf(story.nodes.flatMap((n) => [n.label, ...(n.aliases ?? [])]));
  const missed = story.nodes.filter((n) => ![n.label, ...(n.aliases ?? [])].some((name) => suggested.has(nameKey(name)))).map((n) => n.label);
  const extra = listed.filter((s) => ![s.label, ...s.aliases].some((name) => curated.has(nameKey(name)))).map((s) => s.label);
  const typeOf = new Map(story.nodes.flatMap((n) => [n.label, ...(n.aliases ?? [])].map((name) => [nameKey(name), n.type])));
  const typed = listed.filter((s) => [s.label, ...s.aliases].map((name) => typeOf.get(nameKey(name))).find(Boolean) === s.type).length;
  return { recovered: story.nodes.length - missed.length, nodes: story.nodes.length, missed, right: listed.length - extra.length, suggestions: listed.length, extra, typed, listed };
}

const percent = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(0)}%`;

/** One line for the test output and the README. */
export function qualityLine(name: string, q: SuggestionQuality): string {
  return `${name}: recall ${q.recovered}/${q.nodes} (${percent(q.recovered, q.nodes)}), precision ${q.right}/${q.suggestions} (${percent(q.right, q.suggestions)}), type as curated ${q.typed}/${q.right}; missed: ${q.missed.join(', ') || 'none'}; not nodes: ${q.extra.join(', ') || 'none'}`;
}
