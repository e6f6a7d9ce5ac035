import { LIMITS } from '../story/storyLimits';
import type { Story } from '../story/types';
import { articleWords, type ParagraphWords } from './articleNames';
import { capitalRuns } from './capitalRuns';
import { NodeVariants, type ClosestNode } from './closestNode';
import { mentionAt, type Mention } from './mention';
import { NameGroups, nameKey, type NameGroup } from './nameGroups';
import { NameIndex, type NameMatch } from './nameIndex';
import { looksLikeDemonym, type ArticleFacts } from './nameType';
import { EVENT_OBJECTS, phraseCandidates, quotedDoctrines } from './phraseCandidates';
import { readingBudget, type ReadingBudget } from './quoteAt';
import { sentenceWords, type Word } from './sentenceWords';

/** A name in the article that is not yet a node: what to call it, what it seems to be, and where it stands. */
export interface NodeSuggestion {
  label: string;
  /** A proposed type: person, nation, organization, ideology, event, place or group. */
  type: string;
  /** Other ways the article writes it ("Putin" for "Vladimir Putin", "communist" for "Communism"), to keep as aliases. */
  aliases: string[];
  /** How many times the article names it. */
  count: number;
  /** Where, as ready quotes (the first `limit` of them). */
  mentions: Mention[];
  /** An existing node this may be another name for, to offer "merge as an alias". */
  closest?: ClosestNode;
}

export interface SuggestNodeOptions {
  /** Names dismissed besides the story's own `dismissed` list (see dismissals.ts): never suggested, in any case or spelling. */
  dismissed?: readonly string[];
  /** Mentions quoted per suggestion. */
  limit?: number;
  budget?: ReadingBudget;
  words?: readonly ParagraphWords[];
}

/** Mentions quoted per suggestion: enough to accept it with its evidence; the count says how many there are. */
export const SUGGESTION_MENTIONS = 20;

const OWNED_BY_NODE = '\u0000node';

/**
 * Names in the article that look like people, places, organisations, events or ideologies and are not yet a node's
 * label or alias (nor dismissed), most often named first. A hand-written finder (see README, "Finding the evidence"): linear
 * in the article, no dictionary of names.
 */
export function suggestNodes(story: Story, options: SuggestNodeOptions = {}): NodeSuggestion[] {
  const words = options.words ?? articleWords(story);
  const sentences = words.map((p) => ({ p, sentences: sentenceWords(p) }));
  const facts = articleFacts(sentences.flatMap((s) => s.sentences));
  const groups = new NameGroups();
  for (const { p, sentences: list } of sentences) {
    for (const sentence of list) {
      for (const c of [...quotedDoctrines(sentence), ...capitalRuns(sentence, facts), ...phraseCandidates(sentence)]) {
        const form = p.paragraph.text.slice(c.start, c.end);
        // Longer than a label may be, it could not be accepted; and it keeps name matching short.
        if (form.length <= LIMITS.label && (c.label ?? '').length <= LIMITS.label) groups.add(c.label ?? form, form, c.type);
      }
    }
  }
  const known = new Set(story.nodes.flatMap((n) => [n.label, ...(n.aliases ?? [])]).map(nameKey));
  for (const name of [...(story.dismissed ?? []), ...(options.dismissed ?? [])]) known.add(nameKey(name));
  groups.without(known);
  groups.mergeVariants();
  return placeSuggestions(story, words, [...groups.groups.values()], options);
}

/** What the whole article says about its names, read before any sentence is judged. */
function articleFacts(sentences: readonly Word[][]): ArticleFacts {
  const facts: ArticleFacts = { midCaps: new Set(), demonyms: new Set() };
  for (const words of sentences) {
    words.forEach((w) => {
      if (!w.cap) return;
      if (!w.opens) facts.midCaps.add(w.folded);
      if (looksLikeDemonym(w.folded)) facts.demonyms.add(w.folded);
    });
  }
  return facts;
}

/** Finds every group's mentions (the nodes' own names win where they overlap) and writes the suggestions. */
function placeSuggestions(story: Story, words: readonly ParagraphWords[], groups: NameGroup[], options: SuggestNodeOptions): NodeSuggestion[] {
  const index = new NameIndex();
  for (const node of story.nodes) for (const name of [node.label, ...(node.aliases ?? [])]) index.add(name, OWNED_BY_NODE);
  for (const group of groups) {
    for (const form of group.forms) index.add(form, group.key);
    for (const label of group.labels.keys()) index.add(label, group.key);
  }
  const limit = options.limit ?? SUGGESTION_MENTIONS;
  const budget = options.budget ?? readingBudget();
  const found = new Map<string, { count: number; mentions: Mention[] }>();
  for (const p of words) {
    for (const match of namedWithin(index, p)) {
      for (const key of match.owners) {
        if (key === OWNED_BY_NODE) continue;
        let entry = found.get(key);
        if (!entry) found.set(key, (entry = { count: 0, mentions: [] }));
        entry.count++;
        if (entry.mentions.length < limit) {
          const mention = mentionAt(p.article, p.paragraph, match.start, match.end, budget);
          if (mention) entry.mentions.push(mention);
        }
      }
    }
  }
  const variants = new NodeVariants(story.nodes);
  const suggestions: (NodeSuggestion & { order: number })[] = [];
  for (const group of groups) {
    const entry = found.get(group.key);
    if (!entry || entry.mentions.length === 0) continue;
    const label = sentenceCase(mostOften(group.labels) ?? group.key);
    const aliases = [...new Set([...group.forms, ...group.labels.keys()])].filter((name) => nameKey(name) !== nameKey(label));
    const closest = variants.closest([label, ...aliases]);
    suggestions.push({ label, type: mostOften(group.types) ?? 'person', aliases, count: entry.count, mentions: entry.mentions, ...(closest ? { closest } : {}), order: group.order });
  }
  suggestions.sort((a, b) => b.count - a.count || a.order - b.order);
  return suggestions.map(({ order: _order, ...suggestion }) => suggestion);
}

/**
 * The names in a paragraph, longest first as for nodes (see NameIndex), and also the name after "of" inside a longer
 * one ("in", "against" too): "Ukraine" is named in "the Russian invasion of Ukraine" as well as the invasion.
 */
function namedWithin(index: NameIndex, p: ParagraphWords): NameMatch[] {
  const matches = index.matches(p.tokens);
  const inner: NameMatch[] = [];
  let k = 0;
  for (const match of matches) {
    while (k < p.tokens.length && (p.tokens[k]?.start ?? 0) < match.start) k++;
    let of = -1;
    let j = k;
    for (; j < p.tokens.length && (p.tokens[j]?.end ?? 0) <= match.end; j++) if (EVENT_OBJECTS.has(p.tokens[j]?.folded ?? '')) of = j;
    if (of === -1) continue;
    const after = p.tokens.slice(of + 1, j);
    for (const m of index.matches(after)) if (m.end === match.end && !m.owners.some((o) => match.owners.includes(o))) inner.push(m);
  }
  return inner.length === 0 ? matches : [...matches, ...inner].sort((a, b) => a.start - b.start);
}

function mostOften(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let most = -1;
  for (const [value, n] of counts) {
    if (n > most) {
      best = value;
      most = n;
    }
  }
  return best;
}

const sentenceCase = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
