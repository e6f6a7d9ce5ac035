import { LIMITS } from '../story/storyLimits';

// What the studio's fields say as the curator types, before an edit is made (the edit itself meets editLimits.ts).

const count = (n: number) => n.toLocaleString('en');

/** "2,345 characters: at most 2,000 (345 too many)", or null when `text` fits in `max`. */
export function textTooLong(text: string, max: number): string | null {
  return text.length <= max ? null : `${count(text.length)} characters: at most ${count(max)} (${count(text.length - max)} too many).`;
}

/** Why a list of other names cannot be kept (too many, or one too long), or null. */
export function aliasesProblem(names: readonly string[]): string | null {
  if (names.length > LIMITS.aliases) return `${count(names.length)} other names: at most ${LIMITS.aliases}.`;
  const long = names.find((name) => name.length > LIMITS.label);
  return long === undefined ? null : `The name “${long.slice(0, 40)}…” has ${count(long.length)} characters: at most ${LIMITS.label} each.`;
}

/** Why one more quote cannot be added to an element that has `quotes` already, or null. */
export function quotesFull(quotes: number): string | null {
  return quotes < LIMITS.evidence ? null : `It has ${LIMITS.evidence} quotes, the most a node or relation may have: remove one first.`;
}
