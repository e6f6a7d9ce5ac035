import { LIMITS } from '../story/storyLimits';
import type { Paragraph } from '../story/types';

/** A block of pasted text too long for one paragraph, and into how many paragraphs it was split. */
export interface SplitBlock {
  /** Number (from 1) of the first paragraph it became. */
  first: number;
  length: number;
  parts: number;
}

/**
 * Cuts text longer than `max` into pieces of at most `max` characters, each ending after a sentence where one ends
 * in the second half of the piece, else after a space, else at `max`. Nothing is dropped but the spaces at the cuts.
 */
export function splitLongText(text: string, max: number = LIMITS.paragraphText): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = -1;
    for (const match of window.matchAll(/[.!?…]["”’)\]]*\s/g)) if (match.index >= max / 2) cut = match.index + match[0].length - 1;
    if (cut < 0) cut = window.lastIndexOf(' ', max);
    if (cut <= 0) cut = max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Splits pasted article text into paragraphs with ids p1, p2, …: on blank lines when there are any (the usual
 * copy from a web page), else on every line break. Text is kept verbatim inside each paragraph, trimmed at the ends.
 * A block over the 20,000 characters a paragraph may hold becomes several paragraphs (see splitLongText), and is
 * listed in `split` so the curator can be told.
 */
export function articleFromText(text: string): { paragraphs: Paragraph[]; split: SplitBlock[] } {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n+/) : normalised.split('\n');
  const texts: string[] = [];
  const split: SplitBlock[] = [];
  for (const block of blocks) {
    const clean = block.replace(/\s*\n\s*/g, ' ').trim();
    if (!clean) continue;
    const pieces = splitLongText(clean);
    if (pieces.length > 1) split.push({ first: texts.length + 1, length: clean.length, parts: pieces.length });
    texts.push(...pieces);
  }
  return { paragraphs: texts.map((t, i) => ({ id: `p${i + 1}`, text: t })), split };
}

/** The paragraphs of pasted article text (see articleFromText). */
export function paragraphsFromText(text: string): Paragraph[] {
  return articleFromText(text).paragraphs;
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
