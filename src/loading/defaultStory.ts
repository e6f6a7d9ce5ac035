import { parseStory } from '../model/story/parseStory';
import defaultStory from '../../data/xi-kim-beijing.json';
import type { LoadedStory } from './loadStory';

/** The story the explorer opens with when no `?story=` is given; bundled, and still checked at the door. */
export function loadDefaultStory(): LoadedStory {
  return { ...parseStory(defaultStory satisfies unknown), source: 'the default story' };
}
