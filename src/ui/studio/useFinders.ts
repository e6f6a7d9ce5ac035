import { useEffect, useState } from 'react';
import type { Story } from '../../model/story/types';
import type { NamedParagraph } from '../../model/mentions/articleNames';

/** The evidence finders, loaded only when the studio first asks for them (they stay out of every first load). */
async function importFinders() {
  const [mentions, mention, nodes, relations, accept, dismissals, sentences] = await Promise.all([
    import('../../model/mentions/findMentions'),
    import('../../model/mentions/mention'),
    import('../../model/mentions/suggestNodes'),
    import('../../model/mentions/suggestRelations'),
    import('../../model/mentions/acceptSuggestion'),
    import('../../model/mentions/dismissals'),
    import('../../model/mentions/sentences'),
  ]);
  return { ...mentions, ...mention, ...nodes, ...relations, ...accept, ...dismissals, ...sentences };
}

export type Finders = Awaited<ReturnType<typeof importFinders>>;

let loading: Promise<Finders> | null = null;
let loaded: Finders | null = null;

/** The finders once loaded (null until then, or if loading failed: offline; the next mount asks again). */
export function useFinders(): Finders | null {
  const [finders, setFinders] = useState(loaded);
  useEffect(() => {
    if (finders) return;
    let live = true;
    loading ??= importFinders().then((module) => (loaded = module));
    loading.then(
      (module) => live && setFinders(module),
      () => (loading = null),
    );
    return () => {
      live = false;
    };
  }, [finders]);
  return finders;
}

const named = new WeakMap<Story, NamedParagraph[]>();

/** The article with every node's names found, once per version of the story (each edit makes a new one). */
export function namedArticle(finders: Finders, story: Story): NamedParagraph[] {
  let article = named.get(story);
  if (!article) {
    article = finders.nameTheArticle(story);
    named.set(story, article);
  }
  return article;
}
