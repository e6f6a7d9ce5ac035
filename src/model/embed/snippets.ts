import type { Selection } from '../selection/selection';

/** What a snippet embeds: where things live (absolute URLs) and the view to open with. */
export interface SnippetTarget {
  /** The built explorer's folder, e.g. https://news.example/graphs/xi-kim/ */
  appBase: string;
  /** The <quote-graph> module's absolute URL (quote-graph.js in a build). */
  scriptUrl: string;
  /** The story file's absolute URL. */
  storyUrl: string;
  title: string;
  selection: Selection | null;
  /** 0-based tour step, or null. */
  step: number | null;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The web-component snippet: one module script and the element, opening at the current view. */
export function elementSnippet(target: SnippetTarget): string {
  const attributes = [`src="${escapeAttribute(target.storyUrl)}"`];
  if (target.selection) attributes.push(`${target.selection.kind}="${escapeAttribute(target.selection.id)}"`);
  if (target.step !== null) attributes.push(`step="${target.step + 1}"`);
  return [
    `<script type="module" src="${escapeAttribute(target.scriptUrl)}"></script>`,
    `<quote-graph ${attributes.join(' ')}></quote-graph>`,
  ].join('\n');
}

/** The iframe snippet, with the few lines of host script that resize the frame to its content. */
export function iframeSnippet(target: SnippetTarget, defaultStoryUrl: string): string {
  const frameUrl = new URL('index.html', target.appBase);
  frameUrl.searchParams.set('embed', '');
  if (target.storyUrl !== defaultStoryUrl) frameUrl.searchParams.set('story', target.storyUrl);
  if (target.selection) frameUrl.searchParams.set(target.selection.kind, target.selection.id);
  if (target.step !== null) frameUrl.searchParams.set('step', String(target.step + 1));
  const origin = new URL(target.appBase).origin;
  return [
    `<iframe data-quotegraph src="${escapeAttribute(frameUrl.href.replace('embed=&', 'embed&').replace(/embed=$/, 'embed'))}"`,
    `  title="${escapeAttribute(`Quotegraph: ${target.title}`)}" width="100%" height="640" style="border:0" loading="lazy"`,
    `  referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
    `<script>`,
    `  // Resize each Quotegraph frame to its content; accept messages only from Quotegraph's origin and its frames.`,
    `  window.addEventListener('message', function (event) {`,
    `    if (event.origin !== ${JSON.stringify(origin)} || !event.data || event.data.type !== 'quotegraph:height') return;`,
    `    document.querySelectorAll('iframe[data-quotegraph]').forEach(function (frame) {`,
    `      if (frame.contentWindow === event.source) frame.height = event.data.height;`,
    `    });`,
    `  });`,
    `</script>`,
  ].join('\n');
}
