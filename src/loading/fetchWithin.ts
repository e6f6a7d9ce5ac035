/**
 * Fetching a text file from a server we do not control, so that it always ends: within a time for the answer, for
 * each pause in the body and for the whole file, and within a number of bytes counted as they arrive (a small
 * gzip response can expand a thousandfold: counting after `response.text()` would hold all of it first).
 */

/** How long and how large one fetch may be. */
export interface FetchLimits {
  maxBytes: number;
  /** Until the server answers (status and headers). */
  answerMs: number;
  /** The longest pause between two parts of the body. */
  stallMs: number;
  /** The whole fetch, answer and body. */
  totalMs: number;
}

/** Why a fetch gave no text. */
export type FetchFailure =
  | { reason: 'no-answer' | 'stalled' | 'too-slow' | 'network' | 'broken-off' | 'too-large' }
  | { reason: 'declared-too-large'; bytes: number }
  | { reason: 'status'; status: string }
  | { reason: 'left'; finalUrl: string };

export type FetchOutcome = { ok: true; text: string; finalUrl: string } | ({ ok: false } & FetchFailure);

export interface FetchOptions {
  fetchImpl?: typeof fetch;
  credentials?: RequestCredentials;
  cache?: RequestCache;
  /** Checked on the address the fetch ended at (after redirects), before the body is read; false stops there. */
  keepTo?: (finalUrl: string) => boolean;
}

class Stop extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure.reason);
  }
}

const TIMED_OUT = Symbol('timed out');

/** Resolves with the work's result, or TIMED_OUT after `ms`; the timer never outlives the race. */
function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Fetches `url` as text within `limits`. Never rejects: every way it can fail is a FetchFailure. */
export async function fetchTextWithin(url: string, limits: FetchLimits, options: FetchOptions = {}): Promise<FetchOutcome> {
  const controller = new AbortController();
  const startedAt = Date.now();
  let response: Response | null = null;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  // Each wait is bounded by its own limit and by what is left of the total; a timer, not the fetch's signal, decides
  // (a server, or a fetch stand-in, that ignores the abort still cannot hold the page).
  const wait = async <T>(work: Promise<T>, stepMs: number, stepReason: 'no-answer' | 'stalled'): Promise<T> => {
    const left = limits.totalMs - (Date.now() - startedAt);
    const result = await within(work, Math.min(stepMs, left));
    if (result === TIMED_OUT) throw new Stop({ reason: left <= stepMs ? 'too-slow' : stepReason });
    return result;
  };
  try {
    const request = (options.fetchImpl ?? fetch)(url, {
      signal: controller.signal,
      credentials: options.credentials ?? 'omit',
      ...(options.cache ? { cache: options.cache } : {}),
    }).catch((error: unknown) => {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new Stop({ reason: timedOut ? 'no-answer' : 'network' });
    });
    response = await wait(request, limits.answerMs, 'no-answer');
    const finalUrl = response.url || url;
    if (options.keepTo && !options.keepTo(finalUrl)) throw new Stop({ reason: 'left', finalUrl });
    if (!response.ok) throw new Stop({ reason: 'status', status: `${response.status} ${response.statusText}`.trim() });
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > limits.maxBytes) throw new Stop({ reason: 'declared-too-large', bytes: declared });
    reader = response.body?.getReader() ?? null;
    const text = reader ? await readText(reader, limits, wait) : '';
    return { ok: true, text, finalUrl };
  } catch (error) {
    controller.abort();
    // Let go of the body (a fetch stand-in may ignore the abort): through its reader once reading began.
    const body = reader ?? (response?.bodyUsed ? null : response?.body);
    void body?.cancel().catch(() => undefined);
    if (error instanceof Stop) return { ok: false, ...error.failure };
    return { ok: false, reason: 'network' };
  }
}

type Wait = <T>(work: Promise<T>, stepMs: number, stepReason: 'no-answer' | 'stalled') => Promise<T>;

/** Reads the body part by part, decoding as it goes, and stops as soon as it passes the byte limit. */
async function readText(reader: ReadableStreamDefaultReader<Uint8Array>, limits: FetchLimits, wait: Wait): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const read = reader.read().catch(() => {
      throw new Stop({ reason: 'broken-off' });
    });
    const { done, value } = await wait(read, limits.stallMs, 'stalled');
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limits.maxBytes) throw new Stop({ reason: 'too-large' });
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
