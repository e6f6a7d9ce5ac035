import type { ElementDefinition } from 'cytoscape';
import CytoscapeComponent from 'react-cytoscapejs';
import { patchElements } from '../graph/patchElements';

/** The parts of react-cytoscapejs 2.0.0's component this subclass relies on (not in its published types). */
interface ComponentInternals {
  _cy: import('cytoscape').Core;
  updateCytoscape(previous: ComponentProps | null, next: ComponentProps): void;
}
type ComponentProps = { elements: ElementDefinition[] } & Record<string, unknown>;

/** Handed to react-cytoscapejs instead of the real elements: the same empty list each time, so it patches none. */
const NONE: ElementDefinition[] = [];
const libraryUpdate = (CytoscapeComponent.prototype as unknown as ComponentInternals).updateCytoscape;

/**
 * react-cytoscapejs, with its elements patched by graph/patchElements.ts: the library files elements by id in
 * plain objects, so a story whose ids include `constructor` or `toString` lost those nodes (and then threw on
 * the relations to them). Everything else (stylesheet, layout, zoom limits, the `cy` callback) is the library's,
 * at the same moment as before: elements first, then the rest.
 */
export class StoryCytoscape extends CytoscapeComponent {
  updateCytoscape(previous: ComponentProps | null, next: ComponentProps): void {
    const self = this as unknown as ComponentInternals;
    patchElements(self._cy, previous ? previous.elements : null, next.elements);
    libraryUpdate.call(this, previous && { ...previous, elements: NONE }, { ...next, elements: NONE });
  }
}
