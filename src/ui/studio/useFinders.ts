import { useEffect, useState } from 'react';
import type { Story } from '../../model/story/types';
import type { NamedParagraph, ParagraphWords } from '../../model/mentions/articleNames';

/** The finders' module (see finders.ts), once loaded. */
export type Finders = typeof import('./finders');

let loading: Promise<Finders> | null = null;
let loaded: Finders | null = null;

/** The finders once loaded (null until then, or if loading failed: offline; the next mount asks again). */
export function useFinders(): Finders | null {
  const [finders, setFinders] = useState(loaded);
  useEffect(() => {
    if (finders) return;
    let live = true;
    loading ??= import('./finders').then((module) => (loaded = module));
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

const words = new WeakMap<Story['article'], ParagraphWords[]>();
const named = new WeakMap<Story, NamedParagraph[]>();

/** The article cut into words, once: edits to nodes and relations leave the article (the same object) as it was. */
export function articleWordsOf(finders: Finders, story: Story): ParagraphWords[] {
  let article = words.get(story.article);
  if (!article) {
    article = finders.articleWords(story);
    words.set(story.article, article);
  }
  return article;
}

/** The article with every node's names found, once per version of the story (each edit makes a new one). */
export function namedArticle(finders: Finders, story: Story): NamedParagraph[] {
  let article = named.get(story);
  if (!article) {
    article = finders.namesInArticle(articleWordsOf(finders, story), finders.nodeNames(story));
    named.set(story, article);
  }
  return article;
}
