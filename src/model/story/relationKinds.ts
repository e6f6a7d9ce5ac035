import type { Story } from './types';

/** Relation kinds the graph draws apart, so conflict and divergence read without colour (stylesheet.ts). */
export const DASHED_KINDS: readonly string[] = ['opposition', 'accusation'];
export const DOTTED_KINDS: readonly string[] = ['ideological-divergence'];
/** Kinds curators reach for often, offered even before a story uses them. */
const COMMON_KINDS: readonly string[] = ['support', 'meeting'];

/** The kinds a relation form offers: the story's own first, then the ones the graph draws apart, then common ones. */
export function kindChoices(story: Story): string[] {
  return [...new Set([...story.edges.flatMap((e) => (e.type ? [e.type] : [])), ...DASHED_KINDS, ...DOTTED_KINDS, ...COMMON_KINDS])];
}
