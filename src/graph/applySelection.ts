import type { CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';
import { brightSet } from '../model/graph/neighbourhood';
import type { StoryIndex } from '../model/graph/storyIndex';
import type { Selection } from '../model/selection/selection';

/** What the graph draws: hidden types, the selection, and the bright set (a focus set or the selection's neighbourhood). */
export interface GraphView {
  selection: Selection | null;
  hiddenTypes: readonly string[];
  focusIds: readonly string[] | null;
  /**
   * How the bright set stands out: everything else faded, or (large graphs) the bright nodes ringed. Fading
   * restyles every element, and Cytoscape redraws restyled elements slowly until its caches refill: measured at
   * 5,000 nodes, panning after a fade ran at ~500 ms a frame against 17 ms untouched.
   */
  emphasis?: 'fade' | 'ring';
}

type Bright = { nodes: Set<string>; edges: Set<string> };

/** What was last drawn on one cy instance, so the next draw restyles only what changed. */
interface Drawn {
  hiddenKey: string;
  emphasis: 'fade' | 'ring';
  bright: Bright | null;
  selectedId: string | null;
  labelled: Set<string>;
}

const drawnOn = new WeakMap<Core, Drawn>();

/**
 * Draws the explorer's state on the graph with classes the stylesheet knows. Each class change makes Cytoscape
 * restyle that element, so a draw changes only the elements whose state differs from the last draw (at 5,000
 * nodes, restyling all 15,000 elements per selection took over a second); `fresh` checks every element (the story
 * changed, so anything may be bright now), `added` only the elements just added, or replaced, since the last draw.
 */
export function applySelection(
  cy: Core,
  index: StoryIndex,
  view: GraphView,
  { fresh = false, added }: { fresh?: boolean; added?: CollectionReturnValue } = {},
): void {
  const emphasis = view.emphasis ?? 'fade';
  const previous = drawnOn.get(cy);
  const before = fresh || previous?.emphasis !== emphasis ? undefined : previous;
  const bright = brightSet(index, view.selection, view.focusIds);
  const hiddenKey = [...view.hiddenTypes].sort().join('\n');
  const selectedId = view.selection?.id ?? null;
  // Edge labels show for the bright edges, except around a selected edge (its own label is enough).
  const labelled = bright && (view.selection?.kind !== 'edge' || view.focusIds) ? bright.edges : new Set<string>();
  const byIds = (ids: Iterable<string>) => {
    const found = cy.collection();
    for (const id of ids) found.merge(cy.getElementById(id));
    return found;
  };

  cy.batch(() => {
    if (!before) {
      drawEverything(cy.elements(), { hidden: new Set(view.hiddenTypes), bright, emphasis, selectedId, labelled });
      return;
    }
    if (added) drawEverything(added, { hidden: new Set(view.hiddenTypes), bright, emphasis, selectedId, labelled });
    if (before.hiddenKey !== hiddenKey) {
      const hidden = new Set(view.hiddenTypes);
      cy.nodes()
        .filter((node) => node.hasClass('filtered-out') !== hidden.has(String(node.data('type'))))
        .toggleClass('filtered-out');
    }
    if (emphasis === 'fade') drawFading(cy, before.bright, bright, byIds);
    else drawRings(before.bright, bright, byIds);
    if (before.selectedId !== selectedId) {
      if (before.selectedId) cy.getElementById(before.selectedId).removeClass('is-selected');
      if (selectedId) cy.getElementById(selectedId).addClass('is-selected');
    }
    byIds(difference(before.labelled, labelled)).removeClass('in-focus show-label');
    byIds(difference(labelled, before.labelled)).addClass('in-focus show-label');
  });
  drawnOn.set(cy, { hiddenKey, emphasis, bright, selectedId, labelled });
}

const STATE_CLASSES = ['filtered-out', 'faded', 'ringed', 'is-selected', 'in-focus', 'show-label'] as const;

/**
 * Every element gets the classes the state asks for, for elements that are new or replaced. Only elements whose
 * classes differ are touched: Cytoscape restyles every element a class call is given, changed or not.
 */
function drawEverything(
  all: CollectionReturnValue,
  state: { hidden: Set<string>; bright: Bright | null; emphasis: 'fade' | 'ring'; selectedId: string | null; labelled: Set<string> },
): void {
  const { hidden, bright, emphasis, selectedId, labelled } = state;
  const wants = (element: SingularElementArgument, name: (typeof STATE_CLASSES)[number]): boolean => {
    const isBright = !!bright && (element.isNode() ? bright.nodes : bright.edges).has(element.id());
    switch (name) {
      case 'filtered-out':
        return element.isNode() && hidden.has(String(element.data('type')));
      case 'faded':
        return emphasis === 'fade' && !!bright && !isBright;
      case 'ringed':
        return emphasis === 'ring' && element.isNode() && isBright;
      case 'is-selected':
        return element.id() === selectedId;
      case 'in-focus':
      case 'show-label':
        return element.isEdge() && labelled.has(element.id());
    }
  };
  for (const name of STATE_CLASSES) {
    all.filter((element) => !element.hasClass(name) && wants(element, name)).addClass(name);
    all.filter((element) => element.hasClass(name) && !wants(element, name)).removeClass(name);
  }
}

/** Fades everything outside the bright set, touching only elements that change between the two sets. */
function drawFading(cy: Core, was: Bright | null, now: Bright | null, byIds: (ids: Iterable<string>) => ReturnType<Core['collection']>): void {
  if (!was && !now) return;
  if (!now) {
    cy.elements('.faded').removeClass('faded');
    return;
  }
  if (!was) {
    cy.elements()
      .filter((element) => !(element.isNode() ? now.nodes : now.edges).has(element.id()))
      .addClass('faded');
    return;
  }
  byIds([...difference(was.nodes, now.nodes), ...difference(was.edges, now.edges)]).addClass('faded');
  byIds([...difference(now.nodes, was.nodes), ...difference(now.edges, was.edges)]).removeClass('faded');
}

/** Rings the bright nodes (their edges are marked in focus with the labels), changing only what differs. */
function drawRings(was: Bright | null, now: Bright | null, byIds: (ids: Iterable<string>) => ReturnType<Core['collection']>): void {
  const before = was?.nodes ?? new Set<string>();
  const after = now?.nodes ?? new Set<string>();
  byIds(difference(before, after)).removeClass('ringed');
  byIds(difference(after, before)).addClass('ringed');
}

function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((id) => !b.has(id));
}
