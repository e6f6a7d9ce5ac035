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

/**
 * Aliases as one string; empty when there are none. A bar or backslash inside an alias is written `\|` or `\\`, so
 * "AT&T | Bell" stays two names and "Left|Right" stays one.
 */
export function aliasesText(aliases: readonly string[] | undefined): string {
  return (aliases ?? []).map((alias) => alias.replace(/[\\|]/g, (char) => `\\${char}`)).join(ALIAS_SEPARATOR);
}

/**
 * Reads aliases back from one string: split at each bar not written `\|`; spaces around a bar are layout, so
 * `a|b` and `a | b` read alike (an alias's own leading and trailing spaces are not kept).
 */
export function splitAliases(text: string): string[] {
  const aliases: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    const next = text[i + 1];
    if (char === '\\' && (next === '|' || next === '\\')) {
      current += next;
      i += 1;
    } else if (char === '|') {
      aliases.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  aliases.push(current);
  return aliases.map((alias) => alias.trim()).filter((alias) => alias !== '');
}

/** Evidence as one JSON string, exactly as the story holds it (paragraph, quote, prefix, suffix): the lossless twin of `quotesText`. */
export function evidenceJson(evidence: readonly Evidence[]): string {
  return JSON.stringify(evidence);
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** Reads evidence written by `evidenceJson` (a string) or carried as a list (Cytoscape JSON); a message when it is not evidence. */
export function readEvidence(value: unknown): Evidence[] | string {
  let list: unknown = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return [];
    try {
      list = JSON.parse(value);
    } catch {
      return 'evidence is not JSON (it should be a list of {"paragraph", "quote"} objects, as Quotegraph writes it).';
    }
  }
  if (!Array.isArray(list)) return 'evidence must be a list of {"paragraph", "quote"} objects.';
  const evidence: Evidence[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) return 'each evidence item must be an object with a paragraph and a quote.';
    const [paragraph, quote, prefix, suffix]: unknown[] = ['paragraph', 'quote', 'prefix', 'suffix'].map((key) => Reflect.get(item, key));
    if (!isText(paragraph) || !isText(quote)) return 'each evidence item needs a paragraph and a quote, both text.';
    if ((prefix !== undefined && !isText(prefix)) || (suffix !== undefined && !isText(suffix))) return 'an evidence prefix or suffix must be text.';
    evidence.push({ paragraph, quote, ...(isText(prefix) ? { prefix } : {}), ...(isText(suffix) ? { suffix } : {}) });
  }
  return evidence;
}
