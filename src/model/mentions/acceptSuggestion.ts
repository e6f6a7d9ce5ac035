import { LIMITS } from '../story/storyLimits';
import type { Story } from '../story/types';
import { addEvidence, addNode, updateNode } from '../studio/storyEdits';
import { evidenceOf, type Mention } from './mention';
import { nameKey } from './nameGroups';
import type { NodeSuggestion } from './suggestNodes';

/** The suggestion's names that a node of these names lacks, folded as suggestions compare them, within the alias limit. */
function newAliases(names: readonly string[], own: readonly string[]): string[] {
  const seen = new Set(own.map(nameKey));
  const added: string[] = [];
  for (const name of names) {
    const key = nameKey(name);
    if (!key || seen.has(key) || name.length > LIMITS.label) continue;
    seen.add(key);
    added.push(name);
  }
  return added;
}

/** Adds each mention to a node as evidence, up to the evidence limit. */
function withMentions(story: Story, id: string, mentions: readonly Mention[]): Story {
  let next = story;
  for (const mention of mentions) {
    const node = next.nodes.find((n) => n.id === id);
    if (!node || node.evidence.length >= LIMITS.evidence) break;
    next = addEvidence(next, { kind: 'node', id }, evidenceOf(mention));
  }
  return next;
}

/** "Accept": a new node named and typed as suggested, its other names as aliases and its mentions as evidence. */
export function acceptSuggestion(story: Story, suggestion: NodeSuggestion, position?: { x: number; y: number }): { story: Story; id: string } {
  const added = addNode(story, { label: suggestion.label, type: suggestion.type, ...(position ? { position } : {}) });
  const aliases = newAliases(suggestion.aliases, [suggestion.label]).slice(0, LIMITS.aliases);
  const named = aliases.length > 0 ? updateNode(added.story, added.id, { aliases }) : added.story;
  return { story: withMentions(named, added.id, suggestion.mentions), id: added.id };
}

/** "Merge as an alias": the suggestion's names join an existing node's aliases (those it lacks), its mentions its evidence. */
export function mergeSuggestion(story: Story, suggestion: NodeSuggestion, nodeId: string): Story {
  const node = story.nodes.find((n) => n.id === nodeId);
  if (!node) return story;
  const own = [node.label, ...(node.aliases ?? [])];
  const aliases = [...(node.aliases ?? []), ...newAliases([suggestion.label, ...suggestion.aliases], own)].slice(0, LIMITS.aliases);
  const named = aliases.length > (node.aliases ?? []).length ? updateNode(story, nodeId, { aliases }) : story;
  return withMentions(named, nodeId, suggestion.mentions);
}
