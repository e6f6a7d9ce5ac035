import type { StoryNode } from '../story/types';
import { isVariantOf, nameKey } from './nameGroups';

/** An existing node a suggested name may be another name for, and why it looks so. */
export interface ClosestNode {
  id: string;
  label: string;
  /** "shorter": the suggestion is part of the node's name ("Kim", "Kim Jong Un"); "longer": the reverse; "initials": an acronym of it; "demonym": the same stem ("Chinese", "China"). */
  because: 'shorter' | 'longer' | 'initials' | 'demonym';
}

/** True when two one-word names share a stem: China and Chinese, Russia and Russian, Korea and Korean. */
function sameStem(a: string, b: string): boolean {
  if (a.includes(' ') || b.includes(' ') || a === b) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 4 && common >= Math.min(a.length, b.length) - 1;
}

/**
 * The node a suggested name most likely varies, to offer "merge as an alias": one whose label or alias contains the
 * suggestion's words or is contained in them, is spelled by its initials, or shares its stem. Among several, the one
 * with the most quotes (the story's main actor is the likelier "Kim"). Undefined when none looks like a variant.
 */
export function closestNode(names: readonly string[], nodes: readonly StoryNode[]): ClosestNode | undefined {
  const keys = names.map(nameKey).filter(Boolean);
  let best: { node: StoryNode; because: ClosestNode['because']; rank: number } | undefined;
  for (const node of nodes) {
    const own = [node.label, ...(node.aliases ?? [])].map(nameKey).filter(Boolean);
    const because = relation(keys, own);
    if (!because) continue;
    const rank = (because === 'demonym' ? 0 : 1_000_000) + node.evidence.length;
    if (!best || rank > best.rank) best = { node, because, rank };
  }
  return best && { id: best.node.id, label: best.node.label, because: best.because };
}

function relation(keys: readonly string[], own: readonly string[]): ClosestNode['because'] | undefined {
  for (const k of keys) {
    for (const o of own) {
      if (isVariantOf(k, o)) return /^[a-z]{2,6}$/.test(k) && !` ${o} `.includes(` ${k} `) ? 'initials' : 'shorter';
      if (isVariantOf(o, k)) return 'longer';
    }
  }
  for (const k of keys) for (const o of own) if (sameStem(k, o)) return 'demonym';
  return undefined;
}
