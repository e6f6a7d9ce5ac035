import { readFileSync } from 'node:fs';
import { parseStoryText } from '../model/story/parseStory';
import { problemCountText } from '../model/story/problemSink';

/** What `npm run validate` prints for one file, and its exit code: 0 when valid, 1 otherwise. */
export function validateFile(file: string): { code: 0 | 1; lines: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { code: 1, lines: [`${file}: cannot read the file (${error instanceof Error ? error.message : String(error)})`] };
  }
  const result = parseStoryText(text);
  if (result.ok) {
    const { story } = result;
    const counts = `${story.article.paragraphs.length} paragraphs, ${story.nodes.length} nodes, ${story.edges.length} edges`;
    return { code: 0, lines: [`${file}: valid story "${story.id}": ${counts}.`] };
  }
  const count = problemCountText(result.problems);
  return {
    code: 1,
    lines: [...result.problems.map((p) => `${file}: ${p.path}: ${p.message}`), `${file}: ${count === 'one problem' ? '1 problem' : count}.`],
  };
}
