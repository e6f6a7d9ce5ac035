import type { DeploymentConfig } from '../model/trust/deploymentConfig';
import { isOwnOrigin, mayShowUnasked, provenanceOf, resolveAddress, storyOrigin, type StoryOrigin } from '../model/trust/storyOrigin';
import { deploymentConfigFor } from './deploymentConfig';
import { loadStoryFromUrl, type LoadedStory } from './loadStory';

/** A story the link names that is not shown unasked: where it is from, and whether the deployment lets readers open it anyway. */
export interface HeldStory {
  url: string;
  from: string;
  decision: 'ask' | 'refuse';
}

/** What a link's story (`?story=`) comes to: loaded (or failed), or held at the door. */
export type LinkedStory = { kind: 'loaded'; loaded: LoadedStory } | { kind: 'held'; held: HeldStory };

/** Where the page is and how it learns its config; tests pass their own. */
export interface LinkContext {
  pageUrl: string;
  config?: (pageUrl: string) => Promise<DeploymentConfig>;
  fetchImpl?: typeof fetch;
}

const failed = (url: string, reason: string): LinkedStory => ({
  kind: 'loaded',
  loaded: { ok: false, problems: [{ path: '(the address)', message: reason }], source: url },
});

/** A story from an origin the deployment does not vouch for, held to be asked about or refused; or an address no story loads from. */
function hold(url: string, origin: StoryOrigin, config: DeploymentConfig): LinkedStory {
  if (origin.trust === 'unvouched') return { kind: 'held', held: { url, from: origin.from, decision: config.otherStories } };
  return failed(url, origin.trust === 'unusable' ? origin.reason : 'The story could not be opened.');
}

/**
 * Opens the story a URL-controlled address names (the explorer's and the iframe's `?story=`): at once from the
 * page's own origin or an allowed one, also after redirects; anything else is held for the reader to decide (or
 * refused), as the deployment's config says. The config is fetched only when the story is not the page's own.
 */
export async function openLinkedStory(url: string, context: LinkContext): Promise<LinkedStory> {
  const { pageUrl } = context;
  const address = resolveAddress(url, pageUrl);
  if (!address) return failed(url, 'The story’s address is not a valid web address.');
  const own = isOwnOrigin(address.href, pageUrl);
  // Fetched once a story leaves the page's origin, or a redirect takes it elsewhere.
  let config: DeploymentConfig | null = null;
  const configNow = async () => (config ??= await (context.config ?? deploymentConfigFor)(pageUrl));
  if (!own) {
    const origin = storyOrigin(address.href, pageUrl, await configNow());
    if (origin.trust !== 'allowed') return hold(address.href, origin, await configNow());
  }
  const allowed = config;
  const loaded = await loadStoryFromUrl(address.href, {
    keepTo: (finalUrl) => (allowed ? mayShowUnasked(finalUrl, pageUrl, allowed) : isOwnOrigin(finalUrl, pageUrl)),
    ...(context.fetchImpl ? { fetchImpl: context.fetchImpl } : {}),
  });
  if (loaded.leftFor !== undefined) {
    // A redirect led off the page's origin: decide on where it led, as a link straight there would be decided.
    const finalConfig = await configNow();
    const origin = storyOrigin(loaded.leftFor, pageUrl, finalConfig);
    if (origin.trust === 'allowed') return openLinkedStory(loaded.leftFor, context);
    return hold(loaded.leftFor, origin, finalConfig);
  }
  const provenance = loaded.from && !isOwnOrigin(loaded.from, pageUrl) ? provenanceOf(storyOrigin(loaded.from, pageUrl, await configNow())) : null;
  return { kind: 'loaded', loaded: { ...loaded, provenance } };
}

/** Opens a held story because the reader asked to: it is shown with its origin, marked as not vouched for. */
export async function openHeldStory(story: HeldStory, fetchImpl?: typeof fetch): Promise<LoadedStory> {
  const loaded = await loadStoryFromUrl(story.url, fetchImpl ? { fetchImpl } : {});
  return { ...loaded, provenance: { from: story.from, vouched: false } };
}

/** The provenance of a story a person opened deliberately by its URL (the Open dialog): no gate, but its origin is still shown. */
export async function provenanceForOpened(url: string, pageUrl: string): Promise<LoadedStory['provenance']> {
  if (isOwnOrigin(url, pageUrl) || !resolveAddress(url, pageUrl)) return null;
  return provenanceOf(storyOrigin(url, pageUrl, await deploymentConfigFor(pageUrl)));
}
