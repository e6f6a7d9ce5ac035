import { parseStoryTextLazily } from '../model/story/readValidStory';
import type { ParseResult } from '../model/story/types';

/** What the checker's worker answers to request `id`: the result, or the message of a fault in the checks. */
export type CheckReply = { id: number; result: ParseResult } | { id: number; error: string };

/**
 * Texts shorter than this are checked on the main thread: every check is bounded (linear anchoring, a hint budget,
 * capped lists), so a file this small cannot hold the page for long, and it is drawn without waiting for a worker to
 * start. Longer texts go to a worker.
 */
export const MAIN_THREAD_TEXT = 100_000;

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (result: ParseResult) => void; text: string }>();

/** The checker worker, started once; null where the page may not start one (then checks run here). */
function checkerWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return null;
  // A worker's script must come from the page's own origin: <quote-graph> loaded from another origin cannot start one.
  if (new URL(import.meta.url).origin !== window.location.origin) return null;
  try {
    const started = new Worker(new URL('./storyCheckWorker.ts', import.meta.url), { type: 'module', name: 'quotegraph-check' });
    started.onmessage = (event: MessageEvent<CheckReply>) => {
      const reply = event.data;
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      entry.resolve('result' in reply ? reply.result : failed(reply.error));
    };
    // The worker could not start or died (a Content-Security-Policy without worker-src 'self', say): every check
    // waiting on it, and every later one, runs here instead.
    started.onerror = (event) => {
      event.preventDefault();
      worker = null;
      started.terminate();
      for (const [id, entry] of waiting) {
        waiting.delete(id);
        void checkHere(entry.text).then(entry.resolve);
      }
    };
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

function failed(message: string): ParseResult {
  return { ok: false, problems: [{ path: '(the whole file)', message: `The story could not be read: ${message}` }] };
}

/** Checked on this thread; the schema (and zod) is loaded only for a story the fast check doubts. */
async function checkHere(text: string): Promise<ParseResult> {
  try {
    return await parseStoryTextLazily(text);
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Parses and checks a story's text; never rejects (a fault in the checks is a problem to show). Long texts are checked
 * in a worker, so the page stays responsive while a 10 MB file is read, however it is made.
 */
export function checkStoryText(text: string): Promise<ParseResult> {
  if (text.length < MAIN_THREAD_TEXT) return checkHere(text);
  const checker = checkerWorker();
  if (!checker) return checkHere(text);
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, { resolve, text });
    checker.postMessage({ id, text });
  });
}
