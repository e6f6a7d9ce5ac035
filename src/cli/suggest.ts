// `npm run suggest -- <story.json>`: prints the nodes and relations its article suggests as JSON; exit 0, or exit 1
// with one line per problem when the file is not a valid story (the checks of `npm run validate`).
import { suggestFile } from './suggestFile';

const { code, out, errors } = suggestFile(process.argv[2]);
if (out) process.stdout.write(out);
for (const line of errors) console.error(line);
process.exitCode = code;
