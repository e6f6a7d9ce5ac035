import { describe, expect, it } from 'vitest';
import { compareWithBudget, describeLine } from '../../src/cli/sizeBudget';

const budget = { tolerance: 0.1, kB: { element: 100, page: 200 } };
const measure = (element: number, page: number) => [
  { key: 'element', label: 'element', bytes: element },
  { key: 'page', label: 'page', bytes: page },
];

describe('compareWithBudget', () => {
  it('passes at, under and up to 10% over the budget', () => {
    expect(compareWithBudget(measure(100 * 1024, 150 * 1024), budget).ok).toBe(true);
    expect(compareWithBudget(measure(110 * 1024, 220 * 1024), budget).ok).toBe(true);
  });

  it('fails when either entry is more than 10% over, naming which', () => {
    const result = compareWithBudget(measure(110 * 1024 + 1, 150 * 1024), budget);
    expect(result.ok).toBe(false);
    expect(result.lines.map((l) => l.over)).toEqual([true, false]);
    expect(compareWithBudget(measure(1, 221 * 1024), budget).ok).toBe(false);
  });

  it('fails an entry that has no budget', () => {
    const result = compareWithBudget([{ key: 'new', label: 'new entry', bytes: 1 }], budget);
    expect(result.ok).toBe(false);
    expect(describeLine(result.lines[0]!, 0.1)).toMatch(/no budget/);
  });

  it('prints the figure, the budget and the verdict', () => {
    const [line] = compareWithBudget(measure(120 * 1024, 0), budget).lines;
    expect(describeLine(line!, 0.1)).toBe('element: 120.0 kB gzipped, budget 100.0 kB (+20.0%), OVER the 110.0 kB ceiling');
  });
});
