import { readFileSync } from 'node:fs';
import { parseStoryText } from '../../src/model/story/parseStory';
import type { Story } from '../../src/model/story/types';

/** Loads and validates a story file, failing the test loudly if it is not valid. */
export function loadStory(path: string): Story {
  const result = parseStoryText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.story;
}

export const smallStory = () => loadStory('tests/fixtures/small-story.json');
export const defaultStory = () => loadStory('data/xi-kim-beijing.json');
