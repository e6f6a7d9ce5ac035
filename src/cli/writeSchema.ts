// `npm run schema`: regenerates public/story.schema.json from the runtime validator (a test fails if it is stale).
import { writeFileSync } from 'node:fs';
import { storyJsonSchema } from '../model/story/jsonSchema';

export const SCHEMA_FILE = 'public/story.schema.json';
writeFileSync(SCHEMA_FILE, `${JSON.stringify(storyJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${SCHEMA_FILE}`);
