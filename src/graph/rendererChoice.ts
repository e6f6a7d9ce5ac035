import type { RendererPreference } from '../model/view/rendererPreference';
import type { GraphScale } from './graphScale';

/** Whether this browser can draw with WebGL 2, and on what (the GPU's name, or a software rasteriser's). */
export interface WebglProbe {
  available: boolean;
  gpu: string;
}

/** The renderer to start Cytoscape with, and why (shown to curious engineers as a data attribute). */
export interface RendererChoice {
  webgl: boolean;
  reason: string;
}

// Software rasterisers (headless and CI browsers, GPU-less VMs): Cytoscape's WebGL mode measured far slower there.
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/**
 * WebGL for large graphs on a real GPU; canvas otherwise. Asking for WebGL gets it wherever WebGL 2 exists (even
 * in software, for testing); asking for canvas always gets canvas. After a lost WebGL context (`contextLost`),
 * canvas whatever was asked.
 */
export function chooseRenderer(preference: RendererPreference, scale: GraphScale, probe: () => WebglProbe, { contextLost = false } = {}): RendererChoice {
  if (contextLost) return { webgl: false, reason: 'the WebGL context was lost; drawing on canvas' };
  if (preference === 'canvas') return { webgl: false, reason: 'canvas asked for' };
  if (preference === 'auto' && scale === 'small') return { webgl: false, reason: 'small graph: canvas draws it well' };
  const { available, gpu } = probe();
  if (!available) return { webgl: false, reason: 'WebGL 2 is not available in this browser' };
  if (preference === 'auto' && SOFTWARE_GL.test(gpu)) return { webgl: false, reason: `WebGL runs in software here (${gpu}), slower than canvas` };
  return { webgl: true, reason: preference === 'webgl' ? 'WebGL asked for' : `large graph, GPU: ${gpu || 'unnamed'}` };
}

/** Asks the browser for a throwaway WebGL 2 context and the name of what draws it. */
export function probeWebgl(): WebglProbe {
  if (typeof document === 'undefined') return { available: false, gpu: '' };
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return { available: false, gpu: '' };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const gpu = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, gpu };
}
