import type { Mention } from '../model/mentions/mention';
import { suggestNodes } from '../model/mentions/suggestNodes';
import { suggestRelations } from '../model/mentions/suggestRelations';
import type { Story } from '../model/story/types';
import { readStoryFile } from './validateFile';

/** One passage as `npm run suggest` prints it: a ready evidence item and its article (0: a story's one article). */
export interface PrintedQuote {
  article: number;
  paragraph: string;
  quote: string;
  /** Only when the quote's words occur more than once in the paragraph: the context that places it (as in a story's evidence). */
  prefix?: string;
  suffix?: string;
}

/** What `npm run suggest` prints: the nodes and relations the article suggests. */
export interface PrintedSuggestions {
  nodes: { label: string; type: string; mentions: PrintedQuote[] }[];
  relations: (PrintedQuote & { source: string; target: string })[];
}

function printed(m: Mention): PrintedQuote {
  return { article: m.article, paragraph: m.paragraph, quote: m.quote, ...(m.prefix !== undefined ? { prefix: m.prefix } : {}), ...(m.suffix !== undefined ? { suffix: m.suffix } : {}) };
}

/** The suggestions for a story, shaped for pipelines: one relation row per candidate sentence. */
export function printedSuggestions(story: Story): PrintedSuggestions {
  return {
    nodes: suggestNodes(story).map((s) => ({ label: s.label, type: s.type, mentions: s.mentions.map(printed) })),
    relations: suggestRelations(story).flatMap((pair) => pair.sentences.map((m) => ({ source: pair.source, target: pair.target, ...printed(m) }))),
  };
}

/** What `npm run suggest <file>` prints and its exit code: the JSON on stdout and 0, or one line per problem and 1. */
export function suggestFile(file: string | undefined): { code: 0 | 1; out: string; errors: string[] } {
  if (!file) return { code: 1, out: '', errors: ['Usage: npm run suggest -- <story.json>'] };
  const read = readStoryFile(file);
  if (!read.ok) return { code: 1, out: '', errors: read.lines };
  return { code: 0, out: `${JSON.stringify(printedSuggestions(read.story), null, 2)}\n`, errors: [] };
}
