// `npm run validate [file]`: checks a story file; exit 0 when valid, otherwise exit 1 with one line per problem.
import { readFileSync } from 'node:fs';
import { parseStoryText } from '../model/story/parseStory';
import { DEFAULT_STORY_FILE } from './defaultStory';

const file = process.argv[2] ?? DEFAULT_STORY_FILE;
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read the file (${error instanceof Error ? error.message : String(error)})`);
  process.exit(1);
}
const result = parseStoryText(text);
if (result.ok) {
  const { story } = result;
  console.log(
    `${file}: valid story "${story.id}": ${story.article.paragraphs.length} paragraphs, ${story.nodes.length} nodes, ${story.edges.length} edges.`,
  );
} else {
  for (const problem of result.problems) console.error(`${file}: ${problem.path}: ${problem.message}`);
  console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
