import { z } from 'zod';
import { StorySchema } from './storySchema';

/** The published JSON Schema (public/story.schema.json), generated from the runtime validator so the two cannot drift. */
export function storyJsonSchema(): Record<string, unknown> {
  return {
    $id: 'story.schema.json',
    title: 'Quotegraph story, format version 1',
    description:
      'A news article and the knowledge graph curated from it. Every node and edge carries evidence: verbatim quotes from the article. ' +
      'Some rules cannot be said in JSON Schema and are checked by `npm run validate`: ids unique across nodes and edges, edge ends exist, ' +
      'evidence paragraphs exist, and every quote occurs in its paragraph exactly once (after prefix/suffix).',
    ...z.toJSONSchema(StorySchema, { target: 'draft-2020-12' }),
  };
}
