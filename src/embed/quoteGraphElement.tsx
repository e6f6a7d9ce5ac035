import type { Core } from 'cytoscape';
import { graphFor } from '../graph/useGraph';
import { createRoot, type Root } from 'react-dom/client';
import { loadStoryFromUrl } from '../loading/loadStory';
import { searchWithView } from '../model/selection/selectionUrl';
import type { ExplorerStore } from '../store/createExplorerStore';
import { whenDrawn } from '../store/drawingSlice';
import { EmbedExplorer } from '../ui/EmbedExplorer';
import { EmbedProblem } from '../ui/EmbedProblem';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { Problem } from '../model/story/types';
import { resolveAddress } from '../model/trust/storyOrigin';
import type { ViewLink } from '../ui/viewLink';
import { embedApi, type EmbedApi } from './embedApi';
import { elementStyleSheet } from './elementStyles';

/**
 * The full explorer's page: the `explorer` attribute (http or https only; anything else is ignored, with a warning);
 * else the index.html of the build this code came from. The code sits in quote-graph.js at the build's root or in a
 * shared chunk under assets/.
 */
function explorerPage(element: HTMLElement): string {
  const attribute = element.getAttribute('explorer');
  if (attribute) {
    const url = resolveAddress(attribute, document.baseURI);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return `${url.origin}${url.pathname}`;
    console.warn(`Quotegraph: the explorer attribute ${JSON.stringify(attribute)} is not an http or https address; the default explorer is linked.`);
  }
  if (import.meta.env.DEV) return new URL('/index.html', document.baseURI).href;
  const here = new URL(import.meta.url);
  return new URL(here.pathname.includes('/assets/') ? '../index.html' : './index.html', here).href;
}

/**
 * `<quote-graph src="story.json" node="kim-jong-un">`: a Quotegraph explorer in a shadow root, with its own store.
 * Attributes: src, node, edge, step (from 1), theme (light|dark), explorer (URL of the full explorer).
 * Methods: select(id), clear(), focus(ids), fit(), goToStep(n). Events: quotegraph:ready, quotegraph:select,
 * quotegraph:error (every failure to load or draw ends in one, within the load's time limits).
 *
 * `src` is not gated by the deployment's config as `?story=` is: the host page's own authors write it, and whoever
 * can change it can already change the page around it (see README, "Stories from other sites").
 */
export class QuoteGraphElement extends HTMLElement {
  static observedAttributes = ['src', 'node', 'edge', 'step', 'theme'];
  #root: Root | null = null;
  #mount: HTMLDivElement | null = null;
  #api: EmbedApi | null = null;
  #store: ExplorerStore | null = null;
  #pending: ((api: EmbedApi) => void)[] = [];
  #loadToken = 0;
  #unsubscribe: (() => void) | null = null;

  /** The Cytoscape instance, for advanced hosts (read-only; null until ready): its graph controller's. */
  get cy(): Core | null {
    return this.#store ? graphFor(this.#store).cy : null;
  }

  connectedCallback(): void {
    if (!this.#root) {
      // delegatesFocus: focusing the element (Tab, or focus() with no ids) focuses its first control.
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open', delegatesFocus: true });
      shadow.adoptedStyleSheets = [elementStyleSheet()];
      this.#mount = document.createElement('div');
      this.#mount.className = 'explorer-host';
      shadow.append(this.#mount);
      this.#root = createRoot(this.#mount);
    }
    void this.#load();
  }

  disconnectedCallback(): void {
    // Unmount after the current task, so moving the element in the DOM (disconnect + connect) keeps it alive.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = null;
      this.#detach();
    });
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value || !this.#root) return;
    if (name === 'src') void this.#load();
    else if (name === 'theme') this.#store?.getState().setTheme(value === 'dark' ? 'dark' : 'light');
    // As when it opens: the graph stays as it is in view, the selection's neighbourhood bright.
    else if ((name === 'node' || name === 'edge') && value) this.#call((api) => api.select(value, { centre: false }));
    else if (name === 'step' && value && /^\d+$/.test(value)) this.goToStep(Number(value));
  }

  select(id: string): void {
    this.#call((api) => api.select(id));
  }
  clear(): void {
    this.#call((api) => api.clear());
  }
  /** focus(ids) highlights a set and fits the view to it; focus() with no ids (or FocusOptions) focuses the element as usual. */
  override focus(idsOrOptions?: readonly string[] | FocusOptions): void {
    if (Array.isArray(idsOrOptions)) {
      const ids: readonly string[] = idsOrOptions;
      this.#call((api) => api.focus(ids));
    } else super.focus(idsOrOptions as FocusOptions | undefined);
  }
  fit(): void {
    this.#call((api) => api.fit());
  }
  goToStep(n: number): void {
    this.#call((api) => api.goToStep(n));
  }

  /** Runs an API call now, or once the story has loaded (hosts may call methods before `quotegraph:ready`). */
  #call(action: (api: EmbedApi) => void): void {
    if (this.#api) action(this.#api);
    else this.#pending.push(action);
  }

  /** Forgets the current story's store and graph, so calls made while the next story loads wait for it. */
  #detach(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#api = null;
    this.#store = null;
  }

  async #load(): Promise<void> {
    const root = this.#root;
    const src = this.getAttribute('src');
    if (!root) return;
    const token = ++this.#loadToken;
    this.#detach();
    if (!src) {
      root.render(<EmbedProblem source="<quote-graph>" problems={[{ path: 'src', message: 'Give the element a story: <quote-graph src="story.json">.' }]} />);
      return;
    }
    const storyUrl = resolveAddress(src, document.baseURI)?.href;
    if (!storyUrl) {
      this.#fail(src, [{ path: 'src', message: `${src} is not a valid web address.` }]);
      return;
    }
    const loaded = await loadStoryFromUrl(storyUrl);
    if (token !== this.#loadToken || !this.#root) return;
    if (!loaded.ok) {
      this.#fail(src, loaded.problems);
      return;
    }
    const node = this.getAttribute('node');
    const edge = this.getAttribute('edge');
    const step = this.getAttribute('step');
    const explorerLink: ViewLink = (view) => `${explorerPage(this)}${searchWithView(`?story=${encodeURIComponent(storyUrl)}`, view)}`;
    // Drawing can still fail (a bug, a browser without what we need): the element then says so and fires quotegraph:error.
    const drawingFailed = (error: Error) => {
      const problems = [{ path: '(the graph)', message: `The graph could not be drawn: ${error.message}` }];
      return { problems, element: <EmbedProblem problems={problems} source={src} /> };
    };
    root.render(
      <ErrorBoundary
        key={storyUrl}
        fallback={(error) => drawingFailed(error).element}
        onError={(error) => this.#emit('quotegraph:error', { source: src, problems: drawingFailed(error).problems })}
      >
        <EmbedExplorer
          story={loaded.story}
          theme={this.getAttribute('theme') === 'dark' ? 'dark' : 'light'}
          initialSelection={node ? { kind: 'node', id: node } : edge ? { kind: 'edge', id: edge } : null}
          initialStep={step && /^\d+$/.test(step) ? Number(step) - 1 : null}
          explorerLink={explorerLink}
          onStore={(store) => this.#ready(store)}
        />
      </ErrorBoundary>,
    );
  }

  /** Shows why the story cannot be shown, and tells the host page. */
  #fail(source: string, problems: Problem[]): void {
    this.#root?.render(<EmbedProblem problems={problems} source={source} />);
    this.#emit('quotegraph:error', { source, problems });
  }

  #ready(store: ExplorerStore): void {
    if (this.#store === store) return;
    this.#store = store;
    this.#api = embedApi(store);
    this.#unsubscribe = store.subscribe((state, previous) => {
      if (state.selection !== previous.selection) this.#emit('quotegraph:select', state.selection);
    });
    const pending = this.#pending.splice(0);
    pending.forEach((action) => this.#api && action(this.#api));
    // Ready once the reader sees the graph: drawn, fitted and labelled (a story without positions is laid out first).
    const stopWaiting = whenDrawn(store, () => {
      const { story } = store.getState();
      this.#emit('quotegraph:ready', { id: story.id, title: story.title, steps: story.steps?.length ?? 0 });
    });
    const unsubscribe = this.#unsubscribe;
    this.#unsubscribe = () => {
      stopWaiting();
      unsubscribe?.();
    };
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('quote-graph')) customElements.define('quote-graph', QuoteGraphElement);

