import type { StoryNode } from '../story/types';
import { isVariantOf, nameKey } from './nameGroups';

/** An existing node a suggested name may be another name for, and why it looks so. */
export interface ClosestNode {
  id: string;
  label: string;
  /** "shorter": the suggestion is part of the node's name ("Kim", "Kim Jong Un"); "longer": the reverse; "initials": an acronym of it; "demonym": the same stem ("Chinese", "China"). */
  because: 'shorter' | 'longer' | 'initials' | 'demonym';
}

/** Nodes looked at per suggestion, at most: a word that a thousand nodes share says little about any one of them. */
const LOOKED_AT = 100;

const CONNECTING = new Set(['of', 'the', 'and', 'for', 'de', '-', '.', "'"]);
const sortedLetters = (s: string) => [...s].sort().join('');
const initialsOf = (key: string) => sortedLetters(key.split(' ').filter((w) => !CONNECTING.has(w)).map((w) => w.charAt(0)).join(''));
const isAcronymKey = (key: string) => /^[a-z]{2,6}$/.test(key);

function push<K>(map: Map<K, StoryNode[]>, key: K, node: StoryNode): void {
  const list = map.get(key);
  if (!list) map.set(key, [node]);
  else if (list[list.length - 1] !== node) list.push(node);
}

/** True when two one-word names share a stem: China and Chinese, Russia and Russian, Korea and Korean. */
function sameStem(a: string, b: string): boolean {
  if (a.includes(' ') || b.includes(' ') || a === b) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 4 && common >= Math.min(a.length, b.length) - 1;
}

/**
 * The story's node names indexed for "which node may this suggestion be another name for", so a story of 50,000
 * nodes is not read whole for each suggestion: nodes are looked up by a word of the name (the rarest), by whole name,
 * by initials and by stem, and only those are compared.
 */
export class NodeVariants {
  private readonly byWord = new Map<string, StoryNode[]>();
  private readonly byName = new Map<string, StoryNode[]>();
  /** Nodes by the initials of a name of several words, for a suggestion that is an acronym ("CPC"). */
  private readonly byInitials = new Map<string, StoryNode[]>();
  /** Nodes by the letters of a name that is an acronym, for a suggestion it abbreviates. */
  private readonly byAcronym = new Map<string, StoryNode[]>();
  private readonly byStem = new Map<string, StoryNode[]>();
  private readonly keys = new Map<StoryNode, string[]>();

  constructor(nodes: readonly StoryNode[]) {
    for (const node of nodes) {
      const keys = [node.label, ...(node.aliases ?? [])].map(nameKey).filter(Boolean);
      this.keys.set(node, keys);
      for (const key of keys) {
        push(this.byName, key, node);
        for (const word of key.split(' ')) if (!CONNECTING.has(word)) push(this.byWord, word, node);
        if (isAcronymKey(key)) push(this.byAcronym, sortedLetters(key), node);
        else if (key.includes(' ')) push(this.byInitials, initialsOf(key), node);
        if (!key.includes(' ') && key.length >= 4) push(this.byStem, key.slice(0, 4), node);
      }
    }
    // Most-quoted first, so when a common word's list is cut at LOOKED_AT the likeliest nodes are still compared.
    for (const map of [this.byWord, this.byName, this.byInitials, this.byAcronym, this.byStem]) {
      for (const list of map.values()) if (list.length > 1) list.sort((a, b) => b.evidence.length - a.evidence.length);
    }
  }

  /**
   * The node a suggested name most likely varies, to offer "merge as an alias": one whose label or alias contains
   * the suggestion's words or is contained in them, is spelled by its initials, or shares its stem. Among several,
   * the one with the most quotes (the story's main actor is the likelier "Kim"). Undefined when none looks like one.
   */
  closest(names: readonly string[]): ClosestNode | undefined {
    const keys = names.map(nameKey).filter(Boolean);
    let best: { node: StoryNode; because: ClosestNode['because']; rank: number } | undefined;
    for (const node of this.candidates(keys)) {
      const because = relation(keys, this.keys.get(node) ?? []);
      if (!because) continue;
      const rank = (because === 'demonym' ? 0 : 1_000_000) + node.evidence.length;
      if (!best || rank > best.rank) best = { node, because, rank };
    }
    return best && { id: best.node.id, label: best.node.label, because: best.because };
  }

  private candidates(keys: readonly string[]): Set<StoryNode> {
    const found = new Set<StoryNode>();
    const add = (list: readonly StoryNode[] | undefined) => {
      for (const node of list ?? []) if (found.size < LOOKED_AT) found.add(node);
    };
    for (const key of keys) {
      const words = key.split(' ');
      // A node whose name holds every word of this one holds its rarest.
      const lists = words.filter((w) => !CONNECTING.has(w)).map((w) => this.byWord.get(w) ?? []);
      add(lists.sort((a, b) => a.length - b.length)[0]);
      // A node whose whole name is a run of this one's words.
      for (let i = 0; i < words.length && words.length <= 8; i++) for (let j = i + 1; j <= words.length; j++) add(this.byName.get(words.slice(i, j).join(' ')));
      if (isAcronymKey(key)) add(this.byInitials.get(sortedLetters(key)));
      else if (key.includes(' ')) add(this.byAcronym.get(initialsOf(key)));
      if (!key.includes(' ') && key.length >= 4) add(this.byStem.get(key.slice(0, 4)));
    }
    return found;
  }
}

/** The one-off form of NodeVariants.closest, for a single suggestion. */
export function closestNode(names: readonly string[], nodes: readonly StoryNode[]): ClosestNode | undefined {
  return new NodeVariants(nodes).closest(names);
}

function relation(keys: readonly string[], own: readonly string[]): ClosestNode['because'] | undefined {
  for (const k of keys) {
    for (const o of own) {
      if (isVariantOf(k, o)) return isAcronymKey(k) && !` ${o} `.includes(` ${k} `) ? 'initials' : 'shorter';
      if (isVariantOf(o, k)) return 'longer';
    }
  }
  for (const k of keys) for (const o of own) if (sameStem(k, o)) return 'demonym';
  return undefined;
}
