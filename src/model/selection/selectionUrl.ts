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

/** Reads `?step=<n>` (1-based, as readers count) as a 0-based step index, or null. */
export function stepFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('step');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n - 1 : null;
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

/** The query string for a selection and a tour step (0-based; written 1-based), keeping other parameters. */
export function searchWithView(search: string, view: { selection: Selection | null; step: number | null }): string {
  const params = new URLSearchParams(searchWithSelection(search, view.selection));
  params.delete('step');
  if (view.step !== null) params.set('step', String(view.step + 1));
  const out = params.toString();
  return out ? `?${out}` : '';
}
