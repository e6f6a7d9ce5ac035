// `npm run size:check` (after `npm run build`): fails when the JavaScript an entry loads before first interaction
// grows more than 10% past the budget in size-budget.json, so weight creeps in only by a deliberate budget change.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRIES, entryWeight, kb, readManifest } from './bundleManifest';

/** The budget file: gzipped kB (1024 bytes) per manifest entry, and how far past it a build may go. */
export interface SizeBudget {
  tolerance: number;
  kB: Record<string, number>;
}

/** One entry's figure against its budget. */
export interface BudgetLine {
  key: string;
  label: string;
  bytes: number;
  budgetBytes: number | undefined;
  over: boolean;
}

/** Compares measured gzipped bytes with the budget; an entry with no budget fails, so a new entry gets one. */
export function compareWithBudget(
  measured: readonly { key: string; label: string; bytes: number }[],
  budget: SizeBudget,
): { ok: boolean; lines: BudgetLine[] } {
  const lines = measured.map(({ key, label, bytes }) => {
    const kB = budget.kB[key];
    const budgetBytes = kB === undefined ? undefined : kB * 1024;
    return { key, label, bytes, budgetBytes, over: budgetBytes === undefined || bytes > budgetBytes * (1 + budget.tolerance) };
  });
  return { ok: lines.every((line) => !line.over), lines };
}

/** One line of output: figure, budget and the allowed ceiling. */
export function describeLine(line: BudgetLine, tolerance: number): string {
  if (line.budgetBytes === undefined) return `${line.label}: ${kb(line.bytes)}; no budget in size-budget.json for "${line.key}"`;
  const ceiling = line.budgetBytes * (1 + tolerance);
  // Rounded first, so a hair under budget prints as +0.0%, not +-0.0%.
  const rounded = Math.round((line.bytes / line.budgetBytes - 1) * 1000) / 10;
  const change = (rounded === 0 ? 0 : rounded).toFixed(1);
  const verdict = line.over ? `OVER the ${kb(ceiling)} ceiling` : `within the ${kb(ceiling)} ceiling`;
  return `${line.label}: ${kb(line.bytes)} gzipped, budget ${kb(line.budgetBytes)} (${Number(change) >= 0 ? '+' : ''}${change}%), ${verdict}`;
}

function main(): number {
  const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as SizeBudget;
  const manifest = readManifest();
  const measured = ENTRIES.map(({ key, label }) => ({ key, label, bytes: entryWeight(manifest, key).total }));
  const { ok, lines } = compareWithBudget(measured, budget);
  for (const line of lines) (line.over ? console.error : console.log)(describeLine(line, budget.tolerance));
  console.log(ok ? 'size check passed' : `size check FAILED: raise size-budget.json only if the extra weight is worth it`);
  return ok ? 0 : 1;
}

// Run only as a script, so tests can import the comparison without a build.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main();
