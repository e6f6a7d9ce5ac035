/** What the reader has selected: a node or an edge, by id. Everything shown about it is derived from this. */
export type Selection = { kind: 'node' | 'edge'; id: string };

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
