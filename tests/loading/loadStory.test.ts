import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadStoryFromFile, loadStoryFromUrl, MAX_STORY_BYTES, type LoadedStory } from '../../src/loading/loadStory';

const respond = (body: BodyInit, init?: ResponseInit) => async () => new Response(body, init);
const fetchOf = (fetchImpl: () => Promise<Response>) => ({ fetchImpl: fetchImpl as typeof fetch });
const message = (result: LoadedStory) => (result.ok ? '' : result.problems[0]?.message);
const bytes = (text: string) => new TextEncoder().encode(text);

/** A body that yields `first` and then nothing, never ending; `cancelled` says whether the reader gave up on it. */
function stallingBody(first: string) {
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes(first));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}

describe('loadStoryFromUrl', () => {
  it('loads and checks a story', async () => {
    const result = await loadStoryFromUrl('s.json', fetchOf(respond(readFileSync('tests/fixtures/small-story.json', 'utf8'))));
    expect(result.ok).toBe(true);
  });

  it('reports a server error, a declared oversize and an actual oversize without parsing', async () => {
    const notFound = await loadStoryFromUrl('s.json', fetchOf(respond('nope', { status: 404, statusText: 'Not Found' })));
    expect(notFound).toMatchObject({ ok: false, problems: [{ message: 'The server answered 404 Not Found.' }] });
    const declared = await loadStoryFromUrl('s.json', fetchOf(respond('{}', { headers: { 'content-length': String(MAX_STORY_BYTES + 1) } })));
    expect(declared).toMatchObject({ ok: false, problems: [{ message: 'The story is 10.0 MB; the limit is 10.0 MB.' }] });
    const huge = await loadStoryFromUrl('s.json', fetchOf(respond('é'.repeat(MAX_STORY_BYTES / 2 + 1))));
    expect(message(huge)).toBe('The story is larger than the 10.0 MB limit, so loading was stopped.');
  });

  it('reports a network failure and a timeout in words', async () => {
    const offline = await loadStoryFromUrl('s.json', {
      fetchImpl: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(message(offline)).toMatch(/could not be fetched/);
    const slow = await loadStoryFromUrl('s.json', {
      fetchImpl: async () => {
        throw new DOMException('timed out', 'TimeoutError');
      },
    });
    expect(message(slow)).toBe('The story did not arrive within 15 seconds.');
  });

  it('stops reading a body that never ends, past the size limit, having read little more than the limit', async () => {
    // What a gzip bomb looks like from the page: a small response that the browser expands without end.
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const result = await loadStoryFromUrl('bomb.json', fetchOf(respond(endless)));
    expect(message(result)).toBe('The story is larger than the 10.0 MB limit, so loading was stopped.');
    expect(pulled).toBeLessThanOrEqual(13);
  });

  it('reports a connection dropped in the middle of the body', async () => {
    const dropped = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('{"version": 1, "id": "half'));
        controller.error(new TypeError('network error'));
      },
    });
    const result = await loadStoryFromUrl('drop.json', fetchOf(respond(dropped)));
    expect(message(result)).toBe('The connection broke off before the whole story arrived.');
  });

  it('decodes UTF-8 split across parts of the body', async () => {
    const story = readFileSync('tests/fixtures/hostile-story.json');
    const parts = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < story.length; i += 7) controller.enqueue(new Uint8Array(story.subarray(i, i + 7)));
        controller.close();
      },
    });
    const result = await loadStoryFromUrl('split.json', fetchOf(respond(parts)));
    expect(result.ok && result.story.nodes.some((n) => n.label.includes('金正恩'))).toBe(true);
  });

  it('says where a refused redirect led, without reading the body', async () => {
    const { body, state } = stallingBody('{');
    const redirected = async () => {
      const response = new Response(body);
      Object.defineProperty(response, 'url', { value: 'https://elsewhere.example/story.json' });
      return response;
    };
    const result = await loadStoryFromUrl('s.json', { fetchImpl: redirected as typeof fetch, keepTo: (url) => !url.includes('elsewhere') });
    expect(result.leftFor).toBe('https://elsewhere.example/story.json');
    expect(state.cancelled).toBe(true);
  });
});

describe('loadStoryFromUrl against the clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Starts a load and records when it ends. */
  function start(fetchImpl: () => Promise<Response>) {
    const outcome: { result: LoadedStory | null } = { result: null };
    void loadStoryFromUrl('s.json', fetchOf(fetchImpl)).then((result) => {
      outcome.result = result;
    });
    return outcome;
  }

  it('ends a server that never answers after 15 s, even if its fetch ignores the abort', async () => {
    const outcome = start(() => new Promise<Response>(() => undefined));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(outcome.result).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome.result && message(outcome.result)).toBe('The story did not arrive within 15 seconds.');
  });

  it('ends a server that sends its headers and then stalls, 15 s after the last part, and lets go of the body', async () => {
    const { body, state } = stallingBody('{"version": 1,');
    const outcome = start(respond(body));
    await vi.advanceTimersByTimeAsync(14_000);
    expect(outcome.result).toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(outcome.result && message(outcome.result)).toBe('The story stopped arriving: nothing more came for 15 seconds, so loading was stopped.');
    expect(state.cancelled).toBe(true);
  });

  it('ends a server that trickles a part every 7 s, at 60 s in all', async () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const trickle = new ReadableStream<Uint8Array>({
      start(controller) {
        timer = setInterval(() => controller.enqueue(bytes(' ')), 7_000);
      },
      cancel() {
        clearInterval(timer);
      },
    });
    const outcome = start(respond(trickle));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(outcome.result).toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(outcome.result && message(outcome.result)).toBe('The story took longer than 60 seconds to arrive, so loading was stopped.');
  });
});

describe('loadStoryFromFile', () => {
  it('reports a file that cannot be read instead of failing silently', async () => {
    const unreadable = Object.assign(new Blob(['{}']), { name: 'gone.json', text: () => Promise.reject(new DOMException('gone', 'NotReadableError')) });
    const result = await loadStoryFromFile(unreadable);
    expect(message(result)).toMatch(/could not be read/);
  });
});
