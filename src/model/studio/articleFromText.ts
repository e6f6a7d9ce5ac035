import type { Paragraph } from '../story/types';

/**
 * Splits pasted article text into paragraphs with ids p1, p2, …: on blank lines when there are any (the usual
 * copy from a web page), else on every line break. Text is kept verbatim inside each paragraph, trimmed at the ends.
 */
export function paragraphsFromText(text: string): Paragraph[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n+/) : normalised.split('\n');
  return blocks
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block.length > 0)
    .map((text, i) => ({ id: `p${i + 1}`, text }));
}

/** A lowercase, dash-separated id from a label, unique among `taken` (adds -2, -3, … when needed). */
export function idFromLabel(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
