import type { Evidence, Story } from '../story/types';
import { articleWords, namesInArticle, nodeNames, type NamedParagraph } from './articleNames';
import { mentionAt, overlapsAny, quotedRanges, type Mention, type Mentions } from './mention';
import { readingBudget, type ReadingBudget } from './quoteAt';
import type { NameMatch } from './nameIndex';
import { namedSentences } from './namedSentences';

/** At most this many passages per search: more than a curator reads, few enough to list at once. */
export const MENTION_LIMIT = 200;

/** What the searches share, so a studio that asks for many nodes cuts the article into words and names once. */
export interface MentionOptions {
  /** The article with every node's names found (namesInArticle); computed from the story when absent. */
  named?: readonly NamedParagraph[];
  limit?: number;
  budget?: ReadingBudget;
}

/** The story's paragraphs with its nodes' names found in them. */
export function nameTheArticle(story: Story): NamedParagraph[] {
  return namesInArticle(articleWords(story), nodeNames(story));
}

/** Collects mentions up to a limit, counting what it had to leave out. */
class MentionList {
  readonly mentions: Mention[] = [];
  left = 0;
  constructor(private readonly limit: number) {}

  offer(make: () => Mention | null): void {
    if (this.mentions.length >= this.limit) {
      this.left++;
      return;
    }
    const mention = make();
    if (mention) this.mentions.push(mention);
    else this.left++;
  }

  result(): Mentions {
    return { mentions: this.mentions, left: this.left };
  }
}

/**
 * Every place the article names a node (its label or an alias; whole words; case, accents, quote marks and dashes
 * folded; "Kim’s" counts), except where one of its quotes already stands, each as a ready quote.
 */
export function nodeMentions(story: Story, nodeId: string, options: MentionOptions = {}): Mentions {
  const node = story.nodes.find((n) => n.id === nodeId);
  const list = new MentionList(options.limit ?? MENTION_LIMIT);
  if (!node) return list.result();
  const budget = options.budget ?? readingBudget();
  for (const p of options.named ?? nameTheArticle(story)) {
    const own = p.matches.filter((m) => m.owners.includes(nodeId));
    if (own.length === 0) continue;
    const quoted = quotedRanges(node.evidence, p.paragraph);
    for (const match of own) {
      if (!overlapsAny(match.start, match.end, quoted)) list.offer(() => mentionAt(p.article, p.paragraph, match.start, match.end, budget));
    }
  }
  return list.result();
}

/** The ends of a relation, and the quotes it already has (none for a relation not yet made). */
export interface RelationEnds {
  source: string;
  target: string;
  evidence?: readonly Evidence[];
}

/** Each sentence of a paragraph that names both nodes (in two different places: one shared alias is not both), as [start, end). */
export function sentencesNaming(p: NamedParagraph, a: string, b: string): { start: number; end: number }[] {
  if (!p.matches.some((m) => m.owners.includes(a)) || !p.matches.some((m) => m.owners.includes(b))) return [];
  return namedSentences(p)
    .filter(({ matches }) => namesBoth(matches, a, b))
    .map(({ start, end }) => ({ start, end }));
}

/** True when one match names `a` and another names `b`. */
export function namesBoth(matches: readonly NameMatch[], a: string, b: string): boolean {
  const as = matches.filter((m) => m.owners.includes(a));
  const bs = matches.filter((m) => m.owners.includes(b));
  return as.length > 0 && bs.length > 0 && !(as.length === 1 && bs.length === 1 && as[0] === bs[0]);
}

/** Every sentence that names both ends of a relation, except those one of its quotes already touches. */
export function relationMentions(story: Story, ends: RelationEnds, options: MentionOptions = {}): Mentions {
  const list = new MentionList(options.limit ?? MENTION_LIMIT);
  if (ends.source === ends.target) return list.result();
  const budget = options.budget ?? readingBudget();
  for (const p of options.named ?? nameTheArticle(story)) {
    const sentences = sentencesNaming(p, ends.source, ends.target);
    if (sentences.length === 0) continue;
    const quoted = quotedRanges(ends.evidence ?? [], p.paragraph);
    for (const s of sentences) {
      if (!overlapsAny(s.start, s.end, quoted)) list.offer(() => mentionAt(p.article, p.paragraph, s.start, s.end, budget));
    }
  }
  return list.result();
}
