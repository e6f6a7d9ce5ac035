import type { z } from 'zod';
import { fastStoryCheck } from '../story/fastStoryCheck';
import { StorySchema } from '../story/storySchema';

/*
 * The studio must never keep a draft that the story format would refuse when it is opened again (a paragraph over
 * 20,000 characters, a 21st other name, a 101st quote). Fields say so as the curator types; this is the last word,
 * applied to every edit: the very check a saved draft meets on reload, worded for a curator. It loads zod, so the
 * store reaches it through editCheck.ts, loaded when editing begins; the fields' own checks are in fieldLimits.ts.
 */

const count = (n: number) => n.toLocaleString('en');

type Issue = z.core.$ZodIssue;

/** The value at `path` in a story (or in data that failed to be one). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** What the value at `path` is called in the studio, e.g. `Node “Ben”, other names` or `Paragraph 3, text`. */
export function pathSubject(root: unknown, path: readonly PropertyKey[]): string {
  const [list, index, field, sub, leaf] = path;
  const nth = typeof index === 'number' ? index + 1 : 0;
  const named = (what: string) => {
    const label = valueAt(root, [list ?? '', index ?? '', 'label']);
    return typeof label === 'string' && label ? `${what} “${label}”` : `${what} ${nth}`;
  };
  const fieldName = (key: PropertyKey | undefined, kind: 'node' | 'edge' | 'other'): string => {
    if (key === 'aliases') return typeof sub === 'number' ? `other name ${sub + 1}` : 'other names';
    if (key === 'evidence') {
      if (typeof sub !== 'number') return 'quotes';
      return leaf === 'prefix' || leaf === 'suffix' ? `the text around quote ${sub + 1}` : `quote ${sub + 1}`;
    }
    if (key === 'type') return kind === 'edge' ? 'kind' : 'type';
    return key === undefined ? '' : String(key);
  };
  const withField = (what: string, key: PropertyKey | undefined, kind: 'node' | 'edge' | 'other') => {
    const name = fieldName(key, kind);
    return name ? `${what}, ${name}` : what;
  };
  if (list === 'nodes' && typeof index === 'number') return withField(named('Node'), field, 'node');
  if (list === 'edges' && typeof index === 'number') return withField(named('Relation'), field, 'edge');
  if (list === 'article' && index === 'paragraphs') return typeof field === 'number' ? withField(`Paragraph ${field + 1}`, sub, 'other') : 'The article’s paragraphs';
  if (list === 'article') return `The article’s ${String(index)}`;
  if (list === 'changes' && typeof index === 'number') return withField(`Correction ${nth}`, field, 'other');
  if (list === 'nodes') return 'Nodes';
  if (list === 'edges') return 'Relations';
  return `The story’s ${String(list)}`;
}

function describe(root: unknown, issue: Issue): string {
  const what = pathSubject(root, issue.path);
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    const value = valueAt(root, issue.path);
    const size = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
    const unit = issue.origin === 'string' ? ' characters' : ' items';
    return `${what}: at most ${count(issue.maximum)}${unit}${size === undefined ? '' : `, not ${count(size)}`}`;
  }
  return `${what}: ${issue.message.replace(/\.$/, '')}`;
}

/**
 * Why this story (or data saved as one) could not be opened as a draft, the first reason in the curator's words,
 * or null when it can. Linear in the story's size: a valid story takes the fast check the loader also takes.
 */
export function draftLimitProblem(story: unknown): string | null {
  if (fastStoryCheck(story)) return null;
  const parsed = StorySchema.safeParse(story);
  const issues = parsed.success ? [] : parsed.error.issues;
  const issue = issues[0];
  if (!issue) return null;
  const more = issues.length === 1 ? '' : `; and ${count(issues.length - 1)} more problem${issues.length === 2 ? '' : 's'}`;
  return `${describe(story, issue)}${more}.`;
}
