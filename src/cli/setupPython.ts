// `npm run setup:python`: creates .venv with the pinned NetworkX, igraph and lxml the interchange tests use
// (npm test does this by itself the first time; CI runs it first so a failure to install is reported on its own).
import { ensurePythonEnv } from './pythonEnv';

try {
  console.log(`Python for the interchange tests: ${ensurePythonEnv(console.log)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
