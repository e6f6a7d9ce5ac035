import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDeploymentConfig } from '../../src/loading/deploymentConfig';
import { openHeldStory, openLinkedStory } from '../../src/loading/linkedStory';
import { SAFE_DEFAULTS, type DeploymentConfig } from '../../src/model/trust/deploymentConfig';

const PAGE = 'https://news.example/graphs/index.html';
const STORY = readFileSync('tests/fixtures/small-story.json', 'utf8');

/** A fetch that answers every address with the story, from `finalUrl` when given (a redirect), and records what was asked. */
function server(finalUrl?: (url: string) => string) {
  const asked: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const response = new Response(STORY);
    Object.defineProperty(response, 'url', { value: finalUrl ? finalUrl(url) : url });
    return response;
  }) as typeof fetch;
  return { asked, fetchImpl };
}

const withConfig = (config: DeploymentConfig) => {
  const calls: string[] = [];
  return { calls, config: async (page: string) => (calls.push(page), config) };
};

describe('openLinkedStory', () => {
  it('opens the site’s own stories without fetching the config, and tells readers nothing more', async () => {
    const { asked, fetchImpl } = server();
    const { calls, config } = withConfig(SAFE_DEFAULTS);
    const result = await openLinkedStory('stories/a.json', { pageUrl: PAGE, fetchImpl, config });
    expect(result).toMatchObject({ kind: 'loaded', loaded: { ok: true, provenance: null } });
    expect(asked).toEqual(['https://news.example/graphs/stories/a.json']);
    expect(calls).toEqual([]);
  });

  it('holds a story from another origin or a data: address without fetching it, asking or refusing as configured', async () => {
    const { asked, fetchImpl } = server();
    const forged = `data:application/json,${encodeURIComponent(STORY)}`;
    expect(await openLinkedStory(forged, { pageUrl: PAGE, fetchImpl, config: withConfig(SAFE_DEFAULTS).config })).toEqual({
      kind: 'held',
      held: { url: forged, from: 'a data: address written into the link', decision: 'ask' },
    });
    const refusing = withConfig({ allowedStoryOrigins: [], otherStories: 'refuse' });
    expect(await openLinkedStory('https://data.example.org/s.json', { pageUrl: PAGE, fetchImpl, config: refusing.config })).toMatchObject({
      kind: 'held',
      held: { from: 'data.example.org', decision: 'refuse' },
    });
    expect(asked).toEqual([]);
  });

  it('opens a story from an allowed origin, saying where it is from', async () => {
    const { fetchImpl } = server();
    const { config } = withConfig({ allowedStoryOrigins: ['https://data.example.org'], otherStories: 'ask' });
    const result = await openLinkedStory('https://data.example.org/s.json', { pageUrl: PAGE, fetchImpl, config });
    expect(result).toMatchObject({ kind: 'loaded', loaded: { ok: true, provenance: { from: 'data.example.org', vouched: true } } });
  });

  it('holds a story whose own-origin address redirects to another origin', async () => {
    const { fetchImpl } = server(() => 'https://evil.test/forged.json');
    const result = await openLinkedStory('/go?to=evil', { pageUrl: PAGE, fetchImpl, config: withConfig(SAFE_DEFAULTS).config });
    expect(result).toEqual({ kind: 'held', held: { url: 'https://evil.test/forged.json', from: 'evil.test', decision: 'ask' } });
  });

  it('refuses addresses no story loads from, with a readable problem', async () => {
    const { fetchImpl } = server();
    for (const url of ['javascript:alert(1)', 'http://[x']) {
      const result = await openLinkedStory(url, { pageUrl: PAGE, fetchImpl, config: withConfig(SAFE_DEFAULTS).config });
      expect(result).toMatchObject({ kind: 'loaded', loaded: { ok: false } });
    }
  });

  it('opens a held story when the reader asks, marked as not vouched for', async () => {
    const { fetchImpl } = server();
    const result = await openHeldStory({ url: 'https://x.test/s.json', from: 'x.test', decision: 'ask' }, fetchImpl);
    expect(result).toMatchObject({ ok: true, provenance: { from: 'x.test', vouched: false } });
  });
});

describe('fetchDeploymentConfig', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const answering = (body: string, init?: ResponseInit) => {
    const asked: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => (asked.push(String(input)), new Response(body, init))) as typeof fetch;
    return { asked, fetchImpl };
  };

  it('reads quotegraph.config.json beside the page', async () => {
    const { asked, fetchImpl } = answering('{ "allowedStoryOrigins": ["https://data.example.org"], "otherStories": "refuse" }');
    expect(await fetchDeploymentConfig('https://news.example/graphs/index.html?story=x', fetchImpl)).toEqual({
      allowedStoryOrigins: ['https://data.example.org'],
      otherStories: 'refuse',
    });
    expect(asked).toEqual(['https://news.example/graphs/quotegraph.config.json']);
  });

  it('falls back to the safe defaults, with a warning, when the file is missing, broken or fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await fetchDeploymentConfig(PAGE, answering('nope', { status: 404 }).fetchImpl)).toEqual(SAFE_DEFAULTS);
    expect(await fetchDeploymentConfig(PAGE, answering('{ "allowedStoryOrigins": [').fetchImpl)).toEqual(SAFE_DEFAULTS);
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchDeploymentConfig(PAGE, offline)).toEqual(SAFE_DEFAULTS);
    expect(warn).toHaveBeenCalledTimes(3);
  });
});
