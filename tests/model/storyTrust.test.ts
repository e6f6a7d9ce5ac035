import { describe, expect, it } from 'vitest';
import { readDeploymentConfig, SAFE_DEFAULTS } from '../../src/model/trust/deploymentConfig';
import { isOwnOrigin, provenanceOf, storyOrigin } from '../../src/model/trust/storyOrigin';

const PAGE = 'https://news.example/graphs/index.html?story=x';
const config = { allowedStoryOrigins: ['https://data.example.org'], otherStories: 'ask' as const };

describe('storyOrigin', () => {
  it('knows the page’s own origin, under any path, and relative addresses', () => {
    expect(storyOrigin('stories/a.json', PAGE, config)).toEqual({ trust: 'own' });
    expect(storyOrigin('https://news.example/other/b.json', PAGE, config)).toEqual({ trust: 'own' });
    expect(storyOrigin('/b.json', PAGE, SAFE_DEFAULTS)).toEqual({ trust: 'own' });
  });

  it('names an allowed origin, and holds every other one as unvouched, by its host', () => {
    expect(storyOrigin('https://data.example.org/s.json', PAGE, config)).toEqual({ trust: 'allowed', from: 'data.example.org' });
    expect(storyOrigin('https://data.example.org.evil.test/s.json', PAGE, config)).toEqual({ trust: 'unvouched', from: 'data.example.org.evil.test' });
    // Same host, other scheme or port: another origin.
    expect(storyOrigin('http://news.example/s.json', PAGE, config).trust).toBe('unvouched');
    expect(storyOrigin('https://news.example:8443/s.json', PAGE, config)).toEqual({ trust: 'unvouched', from: 'news.example:8443' });
    // A look-alike name is shown as the browser normalises it.
    expect(storyOrigin('https://nеws.example/s.json', PAGE, config)).toEqual({ trust: 'unvouched', from: 'xn--nws-rdd.example' });
  });

  it('holds data: and blob: addresses, and refuses what no story loads from', () => {
    expect(storyOrigin('data:application/json,{}', PAGE, config)).toEqual({ trust: 'unvouched', from: 'a data: address written into the link' });
    expect(storyOrigin('blob:https://news.example/0b1c', PAGE, config)).toEqual({ trust: 'unvouched', from: 'a blob: address' });
    expect(storyOrigin('javascript:alert(1)', PAGE, config).trust).toBe('unusable');
    expect(storyOrigin('file:///etc/passwd', PAGE, config).trust).toBe('unusable');
    expect(storyOrigin('http://[x', PAGE, config).trust).toBe('unusable');
  });

  it('never counts an opaque origin as the page’s own', () => {
    expect(isOwnOrigin('data:application/json,{}', 'data:text/html,<p>')).toBe(false);
    expect(isOwnOrigin('file:///a.json', 'file:///index.html')).toBe(false);
  });

  it('tells readers where a foreign story is from, and nothing for the site’s own', () => {
    expect(provenanceOf({ trust: 'own' })).toBeNull();
    expect(provenanceOf({ trust: 'allowed', from: 'data.example.org' })).toEqual({ from: 'data.example.org', vouched: true });
    expect(provenanceOf({ trust: 'unvouched', from: 'x.test' })).toEqual({ from: 'x.test', vouched: false });
  });
});

describe('readDeploymentConfig', () => {
  it('reads origins and the setting for others', () => {
    const read = readDeploymentConfig({ $comment: 'see README', allowedStoryOrigins: ['https://data.example.org/', 'http://127.0.0.1:4403'], otherStories: 'refuse' });
    expect(read).toEqual({ config: { allowedStoryOrigins: ['https://data.example.org', 'http://127.0.0.1:4403'], otherStories: 'refuse' }, warnings: [] });
  });

  it('falls back to the safe default for whatever it cannot understand, and says so', () => {
    expect(readDeploymentConfig(null).config).toEqual(SAFE_DEFAULTS);
    expect(readDeploymentConfig(['https://a.test']).config).toEqual(SAFE_DEFAULTS);
    const read = readDeploymentConfig({ allowedStoryOrigins: ['*', 'https://a.test/stories/', 'data:,', 7, 'https://ok.test'], otherStories: 'open', extra: 1 });
    expect(read.config).toEqual({ allowedStoryOrigins: ['https://ok.test'], otherStories: 'ask' });
    expect(read.warnings).toHaveLength(6);
    expect(readDeploymentConfig({ allowedStoryOrigins: 'https://a.test' }).config.allowedStoryOrigins).toEqual([]);
  });
});

describe('the config shipped in public/', () => {
  it('reads without a warning, as the safe defaults', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readDeploymentConfig(JSON.parse(readFileSync('public/quotegraph.config.json', 'utf8')))).toEqual({ config: SAFE_DEFAULTS, warnings: [] });
  });
});
