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
 * Aliases as one string; empty when there are none. A bar or backslash inside an alias is written `\|` or `\\`, and
 * a space, tab or line break at an alias's start or end behind a backslash, so "AT&T | Bell" stays two names,
 * "Left|Right" stays one, and no alias loses the spaces it has.
 */
export function aliasesText(aliases: readonly string[] | undefined): string {
  const escape = (alias: string) =>
    alias
      .replace(/[\\|]/g, (char) => `\\${char}`)
      .replace(/^\s/, (char) => `\\${char}`)
      .replace(/(?<!^)\s$/, (char) => `\\${char}`);
  return (aliases ?? []).map(escape).join(ALIAS_SEPARATOR);
}

/**
 * Reads aliases back from one string: split at each bar not written `\|`; spaces around a bar are layout (trimmed
 * unless written behind a backslash), so `a|b` and `a | b` read alike, and empty names are dropped.
 */
export function splitAliases(text: string): string[] {
  const aliases: { char: string; kept: boolean }[][] = [[]];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    const next = text[i + 1];
    const current = aliases[aliases.length - 1] ?? [];
    if (char === '\\' && next !== undefined && (next === '|' || next === '\\' || /\s/.test(next))) {
      current.push({ char: next, kept: true });
      i += 1;
    } else if (char === '|') {
      aliases.push([]);
    } else {
      current.push({ char, kept: false });
    }
  }
  const trimmed = aliases.map((chars) => {
    const isLayout = (c: { char: string; kept: boolean }) => !c.kept && /\s/.test(c.char);
    let [start, end] = [0, chars.length];
    while (start < end && isLayout(chars[start] ?? { char: '', kept: true })) start += 1;
    while (end > start && isLayout(chars[end - 1] ?? { char: '', kept: true })) end -= 1;
    return chars.slice(start, end).map((c) => c.char).join('');
  });
  return trimmed.filter((alias) => /\S/.test(alias));
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

/** Evidence from an attribute value as a draft holds it (left out when empty); a problem, named by `where`, when it is not evidence. */
export function evidenceFrom(value: string | undefined, where: string, problems: string[]): { evidence?: Evidence[] } {
  const evidence = readEvidence(value ?? '');
  if (typeof evidence === 'string') problems.push(`${where}: ${evidence}`);
  return typeof evidence !== 'string' && evidence.length > 0 ? { evidence } : {};
}
