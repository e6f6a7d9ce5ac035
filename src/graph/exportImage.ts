import type { Core } from 'cytoscape';

/**
 * The whole graph (not just the part in view) at twice the resolution. White by default so it reads in print and
 * dark-mode viewers; a dark canvas theme draws light labels, so pass its own background then.
 */
export function graphToPngBlob(cy: Core, options: { background?: string } = {}): Promise<Blob> {
  return cy.png({ output: 'blob-promise', scale: 2, full: true, bg: options.background ?? '#ffffff' });
}
