import type { Paragraph, Story } from '../story/types';
import { NameIndex, type NameMatch } from './nameIndex';
import { wordTokens, type WordToken } from './wordTokens';

/**
 * Which article of a story a mention is from. Story format version 1 has one article, and it has no id, so this is
 * its position: 0. When a story holds several articles it is their position in the story's list of articles.
 */
export type ArticleRef = number;

/** The one article of a version-1 story. */
export const ONLY_ARTICLE: ArticleRef = 0;

/** A paragraph cut into words once, for every search over it. */
export interface ParagraphWords {
  article: ArticleRef;
  paragraph: Paragraph;
  tokens: WordToken[];
}

/** Every paragraph of the story's article(s), cut into words. */
export function articleWords(story: Story): ParagraphWords[] {
  return story.article.paragraphs.map((paragraph) => ({ article: ONLY_ARTICLE, paragraph, tokens: wordTokens(paragraph.text) }));
}

/** The labels and aliases of every node, each owned by its node's id. */
export function nodeNames(story: Story): NameIndex {
  const index = new NameIndex();
  for (const node of story.nodes) {
    index.add(node.label, node.id);
    for (const alias of node.aliases ?? []) index.add(alias, node.id);
  }
  return index;
}

/** Where the story's nodes are named in one paragraph (leftmost, longest names first, so no two overlap). */
export interface NamedParagraph extends ParagraphWords {
  matches: NameMatch[];
}

/** Every place a node's label or alias stands in the article, paragraph by paragraph. */
export function namesInArticle(words: readonly ParagraphWords[], index: NameIndex): NamedParagraph[] {
  return words.map((p) => ({ ...p, matches: index.matches(p.tokens) }));
}
