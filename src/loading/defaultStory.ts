import defaultStory from '../../data/xi-kim-beijing.json';
import { readValidStory } from '../model/story/readValidStory';
import type { LoadedStory } from './loadStory';

/**
 * The story the explorer opens with when no `?story=` is given; bundled, and still checked at the door. It is curated
 * and tested (tests/data), so it takes the fast check and needs no schema; were it ever doubted, the page says so
 * rather than load zod before its first view.
 */
export function loadDefaultStory(): LoadedStory {
  const checked = readValidStory(defaultStory satisfies unknown) ?? {
    ok: false,
    problems: [{ path: '(the whole file)', message: 'The default story is not in the story format: check it with npm run validate.' }],
  };
  return { ...checked, source: 'the default story' };
}
