import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStoryFromUrl, MAX_STORY_BYTES } from '../../src/app/loadStory';

const respond = (body: string, init?: ResponseInit) => async () => new Response(body, init);

describe('loadStoryFromUrl', () => {
  it('loads and checks a story', async () => {
    const result = await loadStoryFromUrl('s.json', respond(readFileSync('tests/fixtures/small-story.json', 'utf8')));
    expect(result.ok).toBe(true);
  });

  it('reports a server error, a declared oversize and an actual oversize without parsing', async () => {
    const notFound = await loadStoryFromUrl('s.json', respond('nope', { status: 404, statusText: 'Not Found' }));
    expect(notFound).toMatchObject({ ok: false, problems: [{ message: 'The server answered 404 Not Found.' }] });
    const declared = await loadStoryFromUrl('s.json', respond('{}', { headers: { 'content-length': String(MAX_STORY_BYTES + 1) } }));
    expect(declared).toMatchObject({ ok: false, problems: [{ message: 'The story is 10.0 MB; the limit is 10.0 MB.' }] });
    const huge = await loadStoryFromUrl('s.json', respond('é'.repeat(MAX_STORY_BYTES / 2 + 1)));
    expect(huge).toMatchObject({ ok: false, problems: [{ message: 'The story is larger than the 10.0 MB limit.' }] });
  });

  it('reports a network failure and a timeout in words', async () => {
    const offline = await loadStoryFromUrl('s.json', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(offline.ok ? '' : offline.problems[0]?.message).toMatch(/could not be fetched/);
    const slow = await loadStoryFromUrl('s.json', async () => {
      throw new DOMException('timed out', 'TimeoutError');
    });
    expect(slow.ok ? '' : slow.problems[0]?.message).toBe('The story did not arrive within 15 seconds.');
  });
});
