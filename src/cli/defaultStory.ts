/** The story the explorer opens with, relative to the repository root. */
export const DEFAULT_STORY_FILE = 'data/xi-kim-beijing.json';
