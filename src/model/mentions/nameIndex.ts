import { nameTokens, type WordToken } from './wordTokens';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Who a name ending here belongs to (several nodes may share an alias). */
  owners: string[] | undefined;
}

/** One place a known name stands in a text: [start, end) in the original text, and whose name it is. */
export interface NameMatch {
  start: number;
  end: number;
  owners: readonly string[];
}

/**
 * Names (labels and aliases) by their folded words, so one pass over a text finds every one of them, whole words
 * only. The longest name wins where names overlap, so the "Kim" in "Kim Jong Il" is not a mention of a node whose
 * alias is "Kim". Matching costs at most the longest name's words per word of text, whatever the number of names.
 */
export class NameIndex {
  private readonly root: TrieNode = { next: new Map(), owners: undefined };

  /** Adds `name` for `owner`; a name without a word is ignored. */
  add(name: string, owner: string): void {
    const tokens = nameTokens(name);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), owners: undefined };
        node.next.set(token, child);
      }
      node = child;
    }
    if (!node.owners) node.owners = [owner];
    else if (!node.owners.includes(owner)) node.owners.push(owner);
  }

  /** Every leftmost-longest match in a text's tokens (see wordTokens), in text order, none overlapping. */
  matches(tokens: readonly WordToken[]): NameMatch[] {
    const found: NameMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const first = tokens[i];
      // A name starts with a word, never with a punctuation mark.
      if (!first?.word) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = this.root;
      let best: { last: number; owners: string[] } | undefined;
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next.get(tokens[j]?.folded ?? '');
        if (node?.owners) best = { last: j, owners: node.owners };
      }
      if (best) {
        found.push({ start: first.start, end: tokens[best.last]?.end ?? first.end, owners: best.owners });
        i = best.last + 1;
      } else i++;
    }
    return found;
  }
}
