import type { EmbedSource } from '../ui/EmbedDialog';

/** Where this page is served from and which story file it shows, for the Embed dialog. */
export function embedSourceFor(storyUrl: string | null, storyId: string): EmbedSource {
  const appBase = new URL('./', window.location.href).href;
  const defaultStoryUrl = new URL(`stories/${storyId}.json`, appBase).href;
  return {
    appBase,
    // In development the element is served from its source; a build emits quote-graph.js beside index.html.
    scriptUrl: import.meta.env.DEV ? new URL('/src/embed/quoteGraphElement.tsx', appBase).href : new URL('quote-graph.js', appBase).href,
    storyUrl: storyUrl ? new URL(storyUrl, window.location.href).href : defaultStoryUrl,
    defaultStoryUrl,
  };
}
