// The layout worker's entry point (see startLayout.ts): lays out one graph off the main thread, posting progress
// every few steps and then the positions. One worker per layout; the page terminates it when done or abandoned.
import { runLayout } from '../model/layout/multilevelLayout';
import { isLayoutRequest, type LayoutReply } from './layoutMessages';

/** Steps between progress messages: a few per second at 5,000 nodes, without flooding the page for small graphs. */
const STEPS_PER_REPORT = 4;

const post = (reply: LayoutReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });

self.onmessage = (event: MessageEvent<unknown>) => {
  if (!isLayoutRequest(event.data)) return;
  const { nodeCount, edges, seed } = event.data;
  const positions = runLayout({ nodeCount, edges }, { seed }, (fraction) => post({ type: 'progress', fraction }), STEPS_PER_REPORT);
  post({ type: 'done', positions }, [positions.buffer]);
};
