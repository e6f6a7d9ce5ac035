import type { Selection } from './selection';

/** Reads `?node=<id>` or `?edge=<id>` from a query string. */
export function selectionFromSearch(search: string): Selection | null {
  const params = new URLSearchParams(search);
  const node = params.get('node');
  if (node) return { kind: 'node', id: node };
  const edge = params.get('edge');
  if (edge) return { kind: 'edge', id: edge };
  return null;
}

/** The query string for a selection, keeping every other parameter (story, embed, step, …) as it was. */
export function searchWithSelection(search: string, selection: Selection | null): string {
  const params = new URLSearchParams(search);
  params.delete('node');
  params.delete('edge');
  if (selection) params.set(selection.kind, selection.id);
  const out = params.toString();
  return out ? `?${out}` : '';
}
