import { nameTokens } from './wordTokens';

/** One name the finder suggests, gathered over the article: how it is labelled, written and typed where found. */
export interface NameGroup {
  key: string;
  /** Suggested labels and how often each was found. */
  labels: Map<string, number>;
  /** The words the article uses for it, verbatim: what its mentions are searched by. */
  forms: Set<string>;
  types: Map<string, number>;
  /** Order of first appearance in the article. */
  order: number;
}

/** A name's identity: its folded words, without a leading "the" ("The United States" is "United States"). */
export function nameKey(name: string): string {
  const tokens = nameTokens(name);
  return (tokens[0] === 'the' ? tokens.slice(1) : tokens).join(' ');
}

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Gathers names as they are found, one group per key. */
export class NameGroups {
  readonly groups = new Map<string, NameGroup>();

  add(label: string, form: string, type: string | undefined): void {
    const key = nameKey(label);
    if (!key) return;
    let group = this.groups.get(key);
    if (!group) {
      group = { key, labels: new Map(), forms: new Set(), types: new Map(), order: this.groups.size };
      this.groups.set(key, group);
    }
    bump(group.labels, label);
    group.forms.add(form);
    if (type) bump(group.types, type);
  }

  /** Leaves out every group one of whose names is in `known` (a node's label or alias, or a dismissed name). */
  without(known: ReadonlySet<string>): void {
    for (const [key, group] of this.groups) {
      if (known.has(key) || [...group.forms].some((form) => known.has(nameKey(form)))) this.groups.delete(key);
    }
  }

  /**
   * Folds each shorter name into the one longer name it is part of ("Putin" into "Vladimir Putin", "invasion of
   * Ukraine" into "Russian invasion of Ukraine") or whose initials it is ("CPC", "Chinese Communist Party"), as an
   * alias. A part of several names ("Kim" of "Kim Jong Un" and "Kim Jong Il") stays apart: only the curator can say.
   */
  mergeVariants(): void {
    const byLength = [...this.groups.values()].sort((a, b) => a.key.split(' ').length - b.key.split(' ').length);
    const parts = variantIndex(byLength);
    for (const short of byLength) {
      // An ideology inside a longer name is a broader idea ("socialism" in "socialism with Chinese characteristics").
      if (mostOftenType(short) === 'ideology') continue;
      const asPart = parts.get(short.key) ?? [];
      const asInitials = /^[a-z]{2,6}$/.test(short.key) ? (parts.get([...short.key].sort().join('')) ?? []) : [];
      const longer = [...new Set([...asPart, ...asInitials])].filter((g) => g !== short && this.groups.has(g.key));
      const into = longer[0];
      if (longer.length !== 1 || !into) continue;
      // The shorter name's labels only break ties: "Putin", found more often, must not rename "Vladimir Putin".
      for (const [label, n] of short.labels) bump(into.labels, label, n / 1000);
      for (const form of short.forms) into.forms.add(form);
      for (const [type, n] of short.types) bump(into.types, type, n);
      into.order = Math.min(into.order, short.order);
      this.groups.delete(short.key);
    }
  }
}

function mostOftenType(group: NameGroup): string | undefined {
  return [...group.types].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Names of at most this many words are looked up by their parts; a longer run of capitals is no one's full name. */
const LONGEST_NAME = 8;

/** Each shorter name a group's key could be a variant for (see isVariantOf), with the groups it points to. */
function variantIndex(groups: readonly NameGroup[]): Map<string, NameGroup[]> {
  const index = new Map<string, NameGroup[]>();
  const add = (part: string, group: NameGroup) => {
    const list = index.get(part);
    if (!list) index.set(part, [group]);
    else if (!list.includes(group)) list.push(group);
  };
  for (const group of groups) {
    const words = group.key.split(' ');
    if (words.length > LONGEST_NAME) continue;
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) if (j - i < words.length) add(words.slice(i, j).join(' '), group);
    }
    const initials = words.filter((w) => !CONNECTING.has(w)).map((w) => w.charAt(0));
    if (initials.length >= 2 && initials.length <= 6) add([...initials].sort().join(''), group);
  }
  return index;
}

const CONNECTING = new Set(['of', 'the', 'and', 'for', 'de']);

/** True when `short` is a run of `long`'s words, or its initials in any order (CPC for Chinese Communist Party). */
export function isVariantOf(short: string, long: string): boolean {
  const s = short.split(' ');
  const l = long.split(' ');
  if (s.length >= l.length) return false;
  if (` ${long} `.includes(` ${short} `)) return true;
  if (s.length !== 1 || !/^[a-z]{2,6}$/.test(short)) return false;
  const initials = l.filter((w) => !CONNECTING.has(w)).map((w) => w.charAt(0));
  return [...initials].sort().join('') === [...short].sort().join('');
}
