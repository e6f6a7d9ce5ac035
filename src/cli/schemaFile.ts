import { storyJsonSchema } from '../model/story/jsonSchema';

/** Where the published JSON Schema lives; served with the app, so authors' editors can point at it. */
export const SCHEMA_FILE = 'public/story.schema.json';

/** The schema file's exact contents, as `npm run schema` writes them. */
export function storySchemaText(): string {
  return `${JSON.stringify(storyJsonSchema(), null, 2)}\n`;
}
