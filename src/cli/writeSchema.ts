// `npm run schema`: regenerates public/story.schema.json from the runtime validator (a test fails if it is stale).
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, storySchemaText } from './schemaFile';

writeFileSync(SCHEMA_FILE, storySchemaText());
console.log(`Wrote ${SCHEMA_FILE}`);
