// `npm run convert -- <inputs...> --to <format> --out <dir>`: converts a story or a graph made elsewhere; exit 0 when
// the files were written, otherwise exit 1 with one line per problem.
import { convertFiles } from './convertFiles';

const { code, lines, problems } = await convertFiles(process.argv.slice(2));
for (const line of lines) console.log(line);
for (const line of problems) console.error(line);
process.exit(code);
