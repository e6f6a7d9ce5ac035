import type { Story } from '../story/types';
import type { NamedParagraph } from './articleNames';
import { nameTheArticle, MENTION_LIMIT } from './findMentions';
import { mentionAt, type Mention } from './mention';
import { namedSentences } from './namedSentences';
import { readingBudget, type ReadingBudget } from './quoteAt';

/** Two nodes named in the same sentences with no relation between them yet: each such sentence is a candidate quote. */
export interface RelationSuggestion {
  /** The node named first in the first such sentence. */
  source: string;
  target: string;
  sentences: Mention[];
  /** Sentences left out (the list's limit, or none could be quoted uniquely). */
  left: number;
}

/** Nodes of one sentence that are paired: a sentence naming more (a list of forty leaders) offers its first ones only. */
export const NODES_PAIRED_PER_SENTENCE = 12;

export interface SuggestRelationOptions {
  named?: readonly NamedParagraph[];
  /** Sentences kept per pair. */
  limit?: number;
  budget?: ReadingBudget;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Pairs of nodes named in one sentence that no relation joins (in either direction), with the sentences as their
 * candidate quotes, in the order the article first pairs them. Bounded: at most NODES_PAIRED_PER_SENTENCE nodes of
 * a sentence are paired, and at most `limit` sentences are quoted per pair.
 */
export function suggestRelations(story: Story, options: SuggestRelationOptions = {}): RelationSuggestion[] {
  const joined = new Set(story.edges.map((e) => pairKey(e.source, e.target)));
  const limit = options.limit ?? MENTION_LIMIT;
  const budget = options.budget ?? readingBudget();
  const pairs = new Map<string, RelationSuggestion>();
  for (const p of options.named ?? nameTheArticle(story)) {
    for (const sentence of namedSentences(p)) {
      const nodes = nodesInOrder(sentence.matches.map((m) => m.owners));
      // One quote per sentence, however many pairs it offers it to.
      let quote: Mention | null | undefined;
      const quoted = () => (quote === undefined ? (quote = mentionAt(p.article, p.paragraph, sentence.start, sentence.end, budget)) : quote);
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const source = nodes[i] ?? '';
          const target = nodes[j] ?? '';
          const key = pairKey(source, target);
          if (joined.has(key)) continue;
          let pair = pairs.get(key);
          if (!pair) {
            pair = { source, target, sentences: [], left: 0 };
            pairs.set(key, pair);
          }
          const mention = pair.sentences.length < limit ? quoted() : null;
          if (mention) pair.sentences.push(mention);
          else pair.left++;
        }
      }
    }
  }
  return [...pairs.values()].filter((pair) => pair.sentences.length > 0);
}

/** The distinct nodes of a sentence's names, first-named first, at most NODES_PAIRED_PER_SENTENCE of them. */
function nodesInOrder(owners: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const list of owners) {
    // A name two nodes share cannot say which one the sentence means: it proposes neither.
    if (list.length !== 1) continue;
    const id = list[0];
    if (id !== undefined) seen.add(id);
    if (seen.size >= NODES_PAIRED_PER_SENTENCE) break;
  }
  return [...seen];
}
