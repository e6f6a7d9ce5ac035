import Cytoscape, { type Core } from 'cytoscape';
import type { ComponentClass, ComponentProps } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';

/** The library's props, and a way to hear that the GPU dropped the context. */
type WebglProps = ComponentProps<typeof CytoscapeComponent> & { onContextLost?: () => void };
/** The library's component, typed with that one extra prop (it passes unknown props through untouched). */
const LibraryComponent = CytoscapeComponent as unknown as ComponentClass<WebglProps>;

/** The parts of react-cytoscapejs 2.0.0's component this subclass relies on (not in its published types). */
interface ComponentInternals {
  containerRef: { current: HTMLElement | null };
  _cy: Core;
  updateCytoscape(previous: unknown, next: unknown): void;
  props: { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean; pixelRatio?: number | 'auto'; onContextLost?: () => void };
}

/**
 * react-cytoscapejs, but its Cytoscape starts with the WebGL renderer. Still needed with the graph controller: the
 * component makes its instance from a fixed list of options with no `renderer` (node_modules/react-cytoscapejs/
 * src/component.js, componentDidMount), and Cytoscape takes the renderer only when an instance is made, so WebGL
 * cannot be asked for through props nor switched on afterwards. This replaces only that constructor call and keeps
 * the rest (props patching, the `cy` callback, destroy on unmount). `onContextLost` is called if the GPU drops the
 * context (a reset, too many contexts): the canvas then starts again with the ordinary renderer.
 */
export class WebglCytoscape extends LibraryComponent {
  override componentDidMount(): void {
    // `this` is our own component instance; the cast names fields the library's types leave out.
    const self = this as unknown as ComponentInternals;
    const { hideEdgesOnViewport, textureOnViewport, pixelRatio, onContextLost } = self.props;
    // Cytoscape's types predate its WebGL renderer (3.31), so the option is declared here.
    const options: Cytoscape.CytoscapeOptions & { renderer: { name: 'canvas'; webgl: boolean } } = {
      container: self.containerRef.current,
      ...(hideEdgesOnViewport !== undefined ? { hideEdgesOnViewport } : {}),
      ...(textureOnViewport !== undefined ? { textureOnViewport } : {}),
      ...(pixelRatio !== undefined ? { pixelRatio } : {}),
      renderer: { name: 'canvas', webgl: true },
    };
    self._cy = Cytoscape(options);
    if (onContextLost) self.containerRef.current?.querySelector('canvas[data-id$="webgl"]')?.addEventListener('webglcontextlost', onContextLost, { once: true });
    self.updateCytoscape(null, self.props);
  }
}
