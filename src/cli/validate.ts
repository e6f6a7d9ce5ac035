// `npm run validate [file]`: checks a story file; exit 0 when valid, otherwise exit 1 with one line per problem.
import { DEFAULT_STORY_FILE } from './defaultStory';
import { validateFile } from './validateFile';

const { code, lines } = validateFile(process.argv[2] ?? DEFAULT_STORY_FILE);
for (const line of lines) (code === 0 ? console.log : console.error)(line);
process.exit(code);
