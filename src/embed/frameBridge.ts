import type { Selection } from '../model/selection/selection';
import { parseEmbedCommand, type EmbedEvent } from '../model/embed/messages';
import type { ExplorerStore } from '../store/createExplorerStore';
import { whenDrawn } from '../store/drawingSlice';
import { embedApi } from './embedApi';

/**
 * The iframe side of the postMessage protocol. Acts only on well-formed commands from an allowed origin and
 * posts only to the embedding page's origin, when that origin is allowed; everything else is ignored.
 */
export function connectFrame(store: ExplorerStore, origins: readonly string[], parentOrigin: string | null): () => void {
  const api = embedApi(store);
  const target = parentOrigin && origins.includes(parentOrigin) ? parentOrigin : null;
  const post = (event: EmbedEvent) => {
    if (target && window.parent !== window) window.parent.postMessage(event, target);
  };

  const onMessage = (event: MessageEvent) => {
    if (!origins.includes(event.origin) || event.source !== window.parent) return;
    const command = parseEmbedCommand(event.data);
    if (!command) return;
    switch (command.type) {
      case 'quotegraph:select':
        return api.select(command.id);
      case 'quotegraph:clear':
        return api.clear();
      case 'quotegraph:focus':
        return api.focus(command.ids);
      case 'quotegraph:step':
        return api.goToStep(command.step);
      case 'quotegraph:fit':
        return api.fit();
    }
  };
  window.addEventListener('message', onMessage);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selection !== previous.selection) post({ type: 'quotegraph:select', selection: state.selection satisfies Selection | null });
    if (state.step !== previous.step) post({ type: 'quotegraph:step', step: state.step === null ? null : state.step + 1 });
  });

  // Report the content height so the host can size the frame to fit (no inner scrollbar).
  let lastHeight = 0;
  // Measure the content itself: the document's scrollHeight never drops below the frame's own height.
  const content = document.getElementById('root') ?? document.body;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ type: 'quotegraph:height', height });
    }
  });
  observer.observe(content);

  const stopWaiting = whenDrawn(store, () => {
    const { story } = store.getState();
    post({ type: 'quotegraph:ready', story: { id: story.id, title: story.title, steps: story.steps?.length ?? 0 } });
  });
  return () => {
    stopWaiting();
    window.removeEventListener('message', onMessage);
    unsubscribe();
    observer.disconnect();
  };
}

/** The embedding page's origin, as far as the browser tells it. */
export function parentOriginOf(win: Window): string | null {
  const ancestor = win.location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null;
  } catch {
    return null;
  }
}
