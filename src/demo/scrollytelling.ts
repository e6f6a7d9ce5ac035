// The scrollytelling demo: only the story file (public format) and the <quote-graph> element's public API.
import type { QuoteGraphElement } from '../embed/quoteGraphElement';
import { parseStory } from '../model/story/parseStory';
import type { Story } from '../model/story/types';

const graph = document.querySelector<QuoteGraphElement>('#graph');
const article = document.querySelector<HTMLElement>('#article');

/** Which nodes and edges each paragraph is evidence for. */
function supportedBy(story: Story): Map<string, string[]> {
  const byParagraph = new Map<string, string[]>();
  for (const item of [...story.nodes, ...story.edges]) {
    for (const e of item.evidence) {
      const list = byParagraph.get(e.paragraph) ?? [];
      if (!list.includes(item.id)) list.push(item.id);
      byParagraph.set(e.paragraph, list);
    }
  }
  return byParagraph;
}

async function main(): Promise<void> {
  if (!graph || !article) return;
  const src = graph.getAttribute('src') ?? '';
  const parsed = parseStory(await (await fetch(new URL(src, document.baseURI))).json());
  if (!parsed.ok) return; // the element itself shows the story's problems
  const { story } = parsed;
  const ids = supportedBy(story);

  for (const paragraph of story.article.paragraphs) {
    const p = document.createElement('p');
    p.id = `para-${paragraph.id}`;
    p.dataset.paragraph = paragraph.id;
    p.textContent = paragraph.text; // text, never HTML
    article.append(p);
  }

  // As a paragraph crosses the middle of the screen, focus what it supports. focus(ids) replaces the reader's
  // selection, so a paragraph that supports what the reader selected (the text scrolled there for them) leaves it be.
  let active: Element | null = null;
  let selected: string | null = null;
  // The paragraph the page is scrolling to for a selection made in the graph: the paragraphs it passes on the way
  // are not being read, so they must not replace the reader's selection. Any input of the reader's ends it.
  let headingFor: Element | null = null;
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) {
    window.addEventListener(type, () => (headingFor = null), { passive: true, capture: true });
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || entry.target === active) continue;
        if (headingFor && entry.target !== headingFor) continue;
        headingFor = null;
        active?.classList.remove('is-active');
        active = entry.target;
        active.classList.add('is-active');
        const focus = ids.get((entry.target as HTMLElement).dataset.paragraph ?? '') ?? [];
        if (focus.length > 0 && !(selected && focus.includes(selected))) graph.focus(focus);
      }
    },
    // The band where a paragraph counts as "being read": mid-screen, or on a phone (graph stuck on top) lower down.
    { rootMargin: window.matchMedia('(max-width: 820px)').matches ? '-72% 0px -18% 0px' : '-45% 0px -45% 0px' },
  );
  article.querySelectorAll('p').forEach((p) => observer.observe(p));

  // Selecting something in the graph scrolls the text to the first passage that supports it.
  graph.addEventListener('quotegraph:select', (event) => {
    const detail = (event as CustomEvent<{ kind: string; id: string } | null>).detail;
    selected = detail?.id ?? null;
    if (!detail) return;
    const first = story.article.paragraphs.find((p) => ids.get(p.id)?.includes(detail.id));
    const passage = first ? document.getElementById(`para-${first.id}`) : null;
    if (!passage || passage === active) return;
    headingFor = passage;
    passage.scrollIntoView({ behavior: 'smooth', block: 'center' });
  });
}

void main();
