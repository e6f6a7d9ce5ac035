import Cytoscape, { type Core } from 'cytoscape';
import { StoryCytoscape } from './StoryCytoscape';

/** The parts of react-cytoscapejs 2.0.0's component this subclass relies on (not in its published types). */
interface ComponentInternals {
  containerRef: { current: HTMLElement | null };
  _cy: Core;
  updateCytoscape(previous: unknown, next: unknown): void;
  props: { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean; pixelRatio?: number | 'auto' };
}

/**
 * react-cytoscapejs, but its Cytoscape starts with the WebGL renderer. The component makes its instance from a
 * fixed list of options with no `renderer` (node_modules/react-cytoscapejs/src/component.js, componentDidMount),
 * so WebGL cannot be asked for through its props; this replaces only that constructor call and keeps the rest
 * (element patching as StoryCytoscape does it, stylesheet and layout updates, destroy on unmount).
 */
export class WebglCytoscape extends StoryCytoscape {
  override componentDidMount(): void {
    // `this` is our own component instance; the cast names fields the library's types leave out.
    const self = this as unknown as ComponentInternals;
    const { hideEdgesOnViewport, textureOnViewport, pixelRatio } = self.props;
    // Cytoscape's types predate its WebGL renderer (3.31), so the option is declared here.
    const options: Cytoscape.CytoscapeOptions & { renderer: { name: 'canvas'; webgl: boolean } } = {
      container: self.containerRef.current,
      ...(hideEdgesOnViewport !== undefined ? { hideEdgesOnViewport } : {}),
      ...(textureOnViewport !== undefined ? { textureOnViewport } : {}),
      ...(pixelRatio !== undefined ? { pixelRatio } : {}),
      renderer: { name: 'canvas', webgl: true },
    };
    self._cy = Cytoscape(options);
    self.updateCytoscape(null, self.props);
  }
}
