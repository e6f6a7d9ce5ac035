import { readFileSync } from 'node:fs';
import { parseStoryText } from '../model/story/parseStory';
import { problemCountText } from '../model/story/problemSink';
import type { Story } from '../model/story/types';

/** A story file read and checked as `npm run validate` checks it: the story, or the lines that say what is wrong. */
export type StoryFile = { ok: true; story: Story } | { ok: false; lines: string[] };

/** Reads and checks a story file; each problem is one line "<file>: <path>: <message>", and a count closes the list. */
export function readStoryFile(file: string): StoryFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, lines: [`${file}: cannot read the file (${error instanceof Error ? error.message : String(error)})`] };
  }
  const result = parseStoryText(text);
  if (result.ok) return result;
  const count = problemCountText(result.problems);
  return {
    ok: false,
    lines: [...result.problems.map((p) => `${file}: ${p.path}: ${p.message}`), `${file}: ${count === 'one problem' ? '1 problem' : count}.`],
  };
}

/** What `npm run validate` prints for one file, and its exit code: 0 when valid, 1 otherwise. */
export function validateFile(file: string): { code: 0 | 1; lines: string[] } {
  const read = readStoryFile(file);
  if (!read.ok) return { code: 1, lines: read.lines };
  const { story } = read;
  const counts = `${story.article.paragraphs.length} paragraphs, ${story.nodes.length} nodes, ${story.edges.length} edges`;
  return { code: 0, lines: [`${file}: valid story "${story.id}": ${counts}.`] };
}
