import { LIMITS, PATTERNS } from '../story/storyLimits';
import type { Story } from '../story/types';
import { textTooLong } from './fieldLimits';

/** Where the article comes from, as the New story dialog takes it: each field may be left empty. */
export interface SourceFields {
  publisher: string;
  url: string;
  /** YYYY-MM-DD, as a date field gives it. */
  published: string;
}

export type ArticleSource = NonNullable<Story['article']['source']>;

/** Why each field cannot be kept as it is (null when it can), in the curator's words. */
export function sourceProblems(fields: SourceFields): { publisher: string | null; url: string | null; published: string | null } {
  const url = fields.url.trim();
  return {
    publisher: textTooLong(fields.publisher.trim(), LIMITS.title),
    url: url === '' ? null : (textTooLong(url, LIMITS.url) ?? (PATTERNS.httpUrl.test(url) ? null : 'A web address starting with https:// or http://.')),
    published: fields.published === '' || PATTERNS.date.test(fields.published) ? null : 'A date written YYYY-MM-DD.',
  };
}

/** The article's source from the fields that were filled in, or undefined when none was. */
export function sourceFrom(fields: SourceFields): ArticleSource | undefined {
  const source: ArticleSource = {
    ...(fields.publisher.trim() ? { name: fields.publisher.trim() } : {}),
    ...(fields.url.trim() ? { url: fields.url.trim() } : {}),
    ...(fields.published ? { published: fields.published } : {}),
  };
  return Object.keys(source).length > 0 ? source : undefined;
}
