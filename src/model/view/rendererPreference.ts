/**
 * What a reader or embedder asks for (`?renderer=`): let the explorer decide, or insist on one. A plain setting the
 * store keeps; graph/rendererChoice.ts turns it into Cytoscape's renderer.
 */
export type RendererPreference = 'auto' | 'webgl' | 'canvas';

/** Reads `?renderer=`: anything but `webgl` or `canvas` lets the explorer decide. */
export function parseRendererPreference(value: string | null | undefined): RendererPreference {
  return value === 'webgl' || value === 'canvas' ? value : 'auto';
}
