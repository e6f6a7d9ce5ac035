import type { StoryNode } from '../story/types';

/*
 * "New relation" from selected words proposes its ends from the nodes the words mention ("Voss and Ruiz have
 * clashed": Voss, then Ruiz), and a label from the words around them. A proposal, shown in the form for the curator
 * to change, never an edit of its own.
 */

/** A node named in a text: where its name (label, other name, or a person's surname) starts. */
export interface Mention {
  id: string;
  at: number;
}

/** Lower case, accents and quote-mark kinds folded, one character for one (so offsets stay those of the text). */
function fold(text: string): string {
  return [...text]
    .map((c) => {
      const bare = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const one = bare.length === c.length ? bare : c;
      return one.replace(/[\u2018\u2019\u201B\u2032]/u, "'").replace(/[\u201C\u201D\u201F\u2033]/u, '"');
    })
    .join('');
}

const LETTER = /[\p{L}\p{N}]/u;

/** Where `name` stands in `text` as whole words (both folded), first place only. */
function wholeWordAt(text: string, name: string): number {
  if (name.length < 2) return -1;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    if (!LETTER.test(before) && !LETTER.test(after)) return at;
  }
  return -1;
}

/** The names a node goes by in a text: its label, its other names, and a person's last name alone ("Voss" for "Elena Voss"). */
function namesOf(node: StoryNode): string[] {
  const names = [node.label, ...(node.aliases ?? [])];
  const words = node.label.split(/\s+/);
  const last = words.at(-1);
  if (node.type === 'person' && words.length > 1 && last && last.length > 2) names.push(last);
  return names.map(fold);
}

/** The nodes named in `text`, in the order they are first named; a name inside a longer one counts once. */
export function mentionsIn(text: string, nodes: readonly StoryNode[]): Mention[] {
  const folded = fold(text);
  const found: { id: string; at: number; end: number }[] = [];
  for (const node of nodes) {
    let best: { at: number; end: number } | null = null;
    for (const name of namesOf(node)) {
      const at = wholeWordAt(folded, name);
      if (at >= 0 && (!best || at < best.at || (at === best.at && at + name.length > best.end))) best = { at, end: at + name.length };
    }
    if (best) found.push({ id: node.id, ...best });
  }
  // "North Korea" names North Korea, not Korea as well.
  const kept = found.filter((m) => !found.some((o) => o !== m && o.at <= m.at && o.end >= m.end && o.end - o.at > m.end - m.at));
  return kept.sort((a, b) => a.at - b.at).map(({ id, at }) => ({ id, at }));
}

/** A relation as "New relation" first offers it. */
export interface RelationProposal {
  source: string;
  target: string;
  label: string;
  directed: boolean;
}

/** Words between two names that join them rather than relate them: the relation is then mutual ("A and B met"). */
const JOINING = /^(and|&|,|with|as well as|or)$/i;
/** Helping verbs that a label reads better without ("have clashed" → "clashed"). */
const HELPERS = /^(have|has|had|were|was|are|is|will|would|did|do|does)\s+(been\s+)?/i;

/** Words a label does not end with: an article or possessive left hanging before the second name. */
const HANGING = /\s+(the|a|an|its|their|his|her)$/i;

/** At most eight words, without a leading helping verb or a hanging article. */
function tidy(words: string): string {
  return words.split(/\s+/).filter(Boolean).slice(0, 8).join(' ').replace(HELPERS, '').replace(HANGING, '').trim();
}

/** A label from the words after a name: its clause, up to the first comma or stop. */
function labelAfter(words: string): string {
  return tidy(words.replace(/^[\s,;:'’]+s?\s/u, ' ').split(/[,.;:!?\u2014\u2013]|\s-\s/)[0] ?? '');
}

/** A label from the words between two names: the clause nearest the second ("A, the firm that …, donated to B"). */
function labelBetween(words: string): string {
  const clauses = words.split(/[,;:()\u2014\u2013]/).map((c) => c.trim()).filter(Boolean);
  const last = (clauses.at(-1) ?? '').split(/\s+/);
  return tidy(last.slice(-8).join(' '));
}

/**
 * The relation selected words suggest: from the first node named to the second (else the node selected in the
 * graph, then none), labelled by the words between them (or, for "A and B …", the words after them, undirected).
 */
export function proposeRelation(text: string, nodes: readonly StoryNode[], selected: string | null): RelationProposal {
  const mentions = mentionsIn(text, nodes);
  const [first, second] = mentions;
  const source = first?.id ?? selected ?? '';
  const target = second?.id ?? (first && selected && selected !== first.id ? selected : '');
  if (!first || !second) {
    const label = first ? labelAfter(text.slice(first.at + endOfName(text, first, nodes.find((n) => n.id === first.id)))) : '';
    return { source, target: target === source ? '' : target, label, directed: true };
  }
  const name = (m: Mention) => nodes.find((n) => n.id === m.id);
  const afterFirst = first.at + endOfName(text, first, name(first));
  const between = text.slice(afterFirst, second.at).trim();
  if (between && !JOINING.test(between)) return { source, target, label: labelBetween(between), directed: true };
  const afterSecond = second.at + endOfName(text, second, name(second));
  return { source, target, label: labelAfter(text.slice(afterSecond)), directed: false };
}

/** How long the name of a node is where it is mentioned (its longest name that stands there). */
function endOfName(text: string, mention: Mention, node: StoryNode | undefined): number {
  if (!node) return 0;
  const folded = fold(text.slice(mention.at));
  return Math.max(0, ...namesOf(node).filter((name) => folded.startsWith(name)).map((name) => name.length));
}
