import { TAB_ID } from './draftTypes';

/** What one tab tells the others about drafts: one was saved (with its new revision) or discarded. */
export type DraftMessage = { type: 'saved'; key: string; revision: string; tab: string } | { type: 'removed'; key: string; tab: string };

const CHANNEL = 'quotegraph:drafts';

function isMessage(data: unknown): data is DraftMessage {
  if (typeof data !== 'object' || data === null) return false;
  const type: unknown = Reflect.get(data, 'type');
  return (type === 'saved' || type === 'removed') && typeof Reflect.get(data, 'key') === 'string' && typeof Reflect.get(data, 'tab') === 'string';
}

/** Tells the other tabs of this browser (IndexedDB has no change events of its own). */
export function announceDraft(message: { type: 'saved'; key: string; revision: string } | { type: 'removed'; key: string }): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ ...message, tab: TAB_ID });
  channel.close();
}

/** Calls back on another tab's message; returns the unsubscribe. */
export function onDraftMessage(callback: (message: DraftMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isMessage(event.data) && event.data.tab !== TAB_ID) callback(event.data);
  };
  return () => channel.close();
}
