import type { Problem } from './types';

/** A list longer than this helps nobody and a hostile file could make it millions long: the rest are counted. */
export const MAX_LISTED_PROBLEMS = 1_000;

/** Where a capped list's last line points: nowhere in the file. */
export const MORE_PATH = '(not listed)';

/**
 * Collects the problems of one check: the first MAX_LISTED_PROBLEMS in full, the rest only counted, so a file with a
 * million faults costs a counter, not a million messages. `problems()` ends a capped list with one line saying how
 * many more there are (`more` on that line holds the number).
 */
export class ProblemSink {
  readonly listed: Problem[] = [];
  private unlisted = 0;
  /** True once some of the unlisted were counted by item rather than by problem: then the count is a lower bound. */
  private atLeast = false;

  constructor(private readonly cap: number = MAX_LISTED_PROBLEMS) {}

  /** True when another problem would only be counted: callers skip writing messages nobody will read. */
  get full(): boolean {
    return this.listed.length >= this.cap;
  }

  add(problem: Problem): void {
    if (this.full) this.unlisted++;
    else this.listed.push(problem);
  }

  addAll(problems: readonly Problem[]): void {
    for (const problem of problems) this.add(problem);
  }

  /** An item known to have one problem or more, not worked out because the list is full. */
  countItem(): void {
    this.unlisted++;
    this.atLeast = true;
  }

  get size(): number {
    return this.listed.length + this.unlisted;
  }

  problems(): Problem[] {
    if (this.unlisted === 0) return this.listed;
    const n = this.unlisted.toLocaleString('en');
    const what = this.atLeast ? `At least ${n} more problems` : `${n} more problem${this.unlisted === 1 ? '' : 's'}`;
    return [...this.listed, { path: MORE_PATH, message: `${what} not listed: fix these and check again to see them.`, more: this.unlisted }];
  }
}

/** How many problems a list stands for, counting what its last line says are not listed. */
export function problemTotal(problems: readonly Problem[]): { total: number; atLeast: boolean } {
  const last = problems[problems.length - 1];
  const more = last?.more ?? 0;
  return { total: problems.length - (more > 0 ? 1 : 0) + more, atLeast: more > 0 && (last?.message.startsWith('At least') ?? false) };
}

/**
 * "one problem", "12 problems", "at least 30,000 problems": the size of a (possibly capped) list in words;
 * `sentenceStart` gives it a capital ("One problem", "At least 30,000 problems").
 */
export function problemCountText(problems: readonly Problem[], { sentenceStart = false } = {}): string {
  const { total, atLeast } = problemTotal(problems);
  const text = total === 1 ? 'one problem' : `${atLeast ? 'at least ' : ''}${total.toLocaleString('en')} problems`;
  return sentenceStart ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
