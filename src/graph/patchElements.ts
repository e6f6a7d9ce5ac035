import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';

/** The parts of an element definition that change a drawn element in place (react-cytoscapejs patched these, and scratch, which we never set). */
const PATCHED = ['data', 'position', 'selected', 'selectable', 'locked', 'grabbable', 'classes'] as const;

/** True when two values differ at the top level: primitives by value, objects key by key. */
function differs(a: unknown, b: unknown): boolean {
  if (a === b) return false;
  if (a == null || b == null || typeof a !== 'object' || typeof b !== 'object') return true;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return true;
  return aKeys.some((key) => !Object.hasOwn(b, key) || (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]);
}

/** An element's id: story text, so only ever a Map key. */
const idOf = (element: ElementDefinition) => String(element.data.id ?? '');

/**
 * Brings Cytoscape from the elements it was given last (`before`) to `after`: removes the ones gone, adds the new
 * ones, and patches those whose data, position or classes changed; returns the elements added or patched (their
 * state classes are to be drawn again). It does what react-cytoscapejs 2.0.0's own patchElements does, but with
 * Maps: that one files elements by id in plain objects, so a node whose id is `constructor` or `toString` counted
 * as drawn already (Object.prototype has those) and was never added. The graph controller calls it, not the
 * library: react-cytoscapejs is given no elements (GraphController.draw).
 */
export function patchElements(cy: Core, before: readonly ElementDefinition[] | null, after: readonly ElementDefinition[]): CollectionReturnValue {
  const touched = cy.collection();
  if (before === after) return touched;
  const previous = new Map((before ?? []).map((element) => [idOf(element), element]));
  const next = new Set(after.map(idOf));
  cy.batch(() => {
    const gone = cy.collection();
    for (const id of previous.keys()) if (!next.has(id)) gone.merge(cy.getElementById(id));
    if (gone.nonempty()) cy.remove(gone);
    const added = after.filter((element) => !previous.has(idOf(element)));
    if (added.length > 0) touched.merge(cy.add(added));
    for (const element of after) {
      const old = previous.get(idOf(element));
      if (old && patchElement(cy, old, element)) touched.merge(cy.getElementById(idOf(element)));
    }
  });
  return touched;
}

function patchElement(cy: Core, before: ElementDefinition, after: ElementDefinition): boolean {
  const changes: Partial<ElementDefinition> = {};
  for (const key of PATCHED) if (differs(after[key], before[key])) Object.assign(changes, { [key]: after[key] });
  if (Object.keys(changes).length === 0) return false;
  cy.getElementById(idOf(after)).json(changes as ElementDefinition);
  return true;
}
