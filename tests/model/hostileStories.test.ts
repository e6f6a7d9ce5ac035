import { describe, expect, it } from 'vitest';
import { hostileStories } from '../../src/cli/bench/hostileCorpus';
import { HINT_LIMITS } from '../../src/model/anchoring/closestPassage';
import { parseStoryText } from '../../src/model/story/parseStory';
import { MAX_LISTED_PROBLEMS, MORE_PATH, problemTotal } from '../../src/model/story/problemSink';

// Every file of the hostile corpus gets its answer (a story, or a list of problems) without an exception, and a list
// a person can read: capped, counted, hints only for a few quotes and each message of a readable length.
const corpus = hostileStories();
const named = (name: string) => corpus.find((f) => f.name === name)?.text ?? '';

describe('hostile story files', () => {
  for (const file of corpus) {
    it(`${file.name}: ${file.attack}`, () => {
      expect(file.text.length).toBeLessThanOrEqual(10 * 1024 * 1024);
      const result = parseStoryText(file.text);
      expect(result.ok ? 'story' : 'problems').toBe(file.expect);
      if (result.ok) return;
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS + 1);
      for (const problem of result.problems) expect(problem.message.length).toBeLessThan(800);
      const hints = result.problems.filter((p) => p.message.includes('Closest passage'));
      expect(hints.length).toBeLessThanOrEqual(HINT_LIMITS.quotes);
    });
  }

  it('says how many problems are not listed when there are more than a thousand', () => {
    const result = parseStoryText(named('dangling-edges'));
    if (result.ok) throw new Error('expected problems');
    const last = result.problems.at(-1);
    expect(last?.path).toBe(MORE_PATH);
    expect(last?.message).toMatch(/^419,000 more problems not listed/);
    expect(problemTotal(result.problems)).toEqual({ total: 420_000, atLeast: false });
  });

  it('gives near misses a hint while its budget lasts, then says why the rest have none', () => {
    const result = parseStoryText(named('near-misses'));
    if (result.ok) throw new Error('expected problems');
    expect(result.problems[0]?.message).toMatch(/Closest passage: \w{100}/);
    expect(result.problems.at(-1)?.message).toMatch(/hints are given for the first 20 quotes/);
  });

  it('lists 30,000 empty edges as problems instead of overflowing the stack', () => {
    const result = parseStoryText(named('empty-edges'));
    if (result.ok) throw new Error('expected problems');
    expect(result.problems[0]).toEqual({ path: 'edges[0].id', message: 'Is required but missing.' });
    expect(problemTotal(result.problems).atLeast).toBe(true);
  });
});
