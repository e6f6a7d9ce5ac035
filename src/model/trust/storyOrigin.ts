import type { DeploymentConfig } from './deploymentConfig';

/**
 * Where a story named by a link comes from, as far as trust goes: the explorer's own origin; an origin the
 * deployment allows; anywhere else (another site, or a data: or blob: address: "unvouched"); or an address no story
 * can be loaded from. `from` is what readers are shown: a host name as the browser normalises it (punycode, so a
 * look-alike name shows as such), or what kind of address it is.
 */
export type StoryOrigin =
  | { trust: 'own' }
  | { trust: 'allowed'; from: string }
  | { trust: 'unvouched'; from: string }
  | { trust: 'unusable'; reason: string };

/** What readers are told about a story that is not the site's own: where it is from, and whether the site vouches for it. */
export interface Provenance {
  from: string;
  vouched: boolean;
}

/** An address resolved against a base (the page), or null when it is no address at all (URL.parse, which Safari before 18 lacks). */
export function resolveAddress(storyUrl: string, pageUrl: string): URL | null {
  try {
    return new URL(storyUrl, pageUrl);
  } catch {
    return null;
  }
}

const isWeb = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';

/** True when the story is on the page's own origin: then no config is needed to decide. */
export function isOwnOrigin(storyUrl: string, pageUrl: string): boolean {
  const story = resolveAddress(storyUrl, pageUrl);
  const page = resolveAddress(pageUrl, pageUrl);
  // An opaque origin ("null": data:, a file:// page) is nobody's own.
  return !!story && !!page && isWeb(story) && isWeb(page) && story.origin === page.origin;
}

/** Classifies a story address for a page under a deployment's config. */
export function storyOrigin(storyUrl: string, pageUrl: string, config: DeploymentConfig): StoryOrigin {
  const url = resolveAddress(storyUrl, pageUrl);
  if (!url) return { trust: 'unusable', reason: 'The story’s address is not a valid web address.' };
  if (isOwnOrigin(url.href, pageUrl)) return { trust: 'own' };
  if (isWeb(url)) return config.allowedStoryOrigins.includes(url.origin) ? { trust: 'allowed', from: url.host } : { trust: 'unvouched', from: url.host };
  if (url.protocol === 'data:') return { trust: 'unvouched', from: 'a data: address written into the link' };
  if (url.protocol === 'blob:') return { trust: 'unvouched', from: 'a blob: address' };
  return { trust: 'unusable', reason: `Stories load from web addresses (http or https) only, not from a ${url.protocol} address.` };
}

/** What readers are told about where the story comes from; null for the site's own (and unusable) addresses. */
export function provenanceOf(origin: StoryOrigin): Provenance | null {
  if (origin.trust === 'allowed') return { from: origin.from, vouched: true };
  if (origin.trust === 'unvouched') return { from: origin.from, vouched: false };
  return null;
}

/** True when a story that ended up at `finalUrl` (after redirects) may be shown without asking. */
export function mayShowUnasked(finalUrl: string, pageUrl: string, config: DeploymentConfig): boolean {
  const trust = storyOrigin(finalUrl, pageUrl, config).trust;
  return trust === 'own' || trust === 'allowed';
}

/** An address short enough to print (a data: address can be megabytes long). */
export function shortAddress(url: string, max = 120): string {
  return url.length > max ? `${url.slice(0, max - 1)}…` : url;
}
