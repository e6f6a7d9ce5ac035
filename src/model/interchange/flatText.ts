import type { Evidence } from '../story/types';

/** Separates aliases where a format holds one string per value (CSV cells, GraphML and GEXF string attributes). */
export const ALIAS_SEPARATOR = ' | ';

/** One quote as a reader would cite it: paragraph, then the exact words in curly quotes. */
export function quoteLine(evidence: Evidence): string {
  return `¶${evidence.paragraph}: “${evidence.quote}”`;
}

/** All of an element's quotes, one per line, for formats whose values are single strings. */
export function quotesText(evidence: readonly Evidence[]): string {
  return evidence.map(quoteLine).join('\n');
}

/** Aliases as one string; empty when there are none. */
export function aliasesText(aliases: readonly string[] | undefined): string {
  return (aliases ?? []).join(ALIAS_SEPARATOR);
}

/** Reads aliases back from one string; spaces around the bar are layout, so `a|b` and `a | b` read alike. */
export function splitAliases(text: string): string[] {
  return text.split('|').map((alias) => alias.trim()).filter((alias) => alias !== '');
}
