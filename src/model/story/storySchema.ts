import '../zodConfig';
import { z } from 'zod';
import { LIMITS, PATTERNS } from './storyLimits';

const Id = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.id)
  .regex(PATTERNS.id, 'use only letters, digits and - _ . : (starting with a letter or digit)');

const NonBlank = (max: number) =>
  z.string().max(max).regex(PATTERNS.nonBlank, 'must not be empty');

const HttpUrl = z
  .string()
  .max(LIMITS.url)
  .regex(PATTERNS.httpUrl, 'must be an http:// or https:// address');

export const EvidenceSchema = z.strictObject({
  paragraph: Id.describe('Id of the paragraph that holds the quote.'),
  quote: NonBlank(LIMITS.quote).describe('The exact words, verbatim from that paragraph (curly quotes and dashes included).'),
  prefix: z.string().max(LIMITS.context).optional().describe('Text just before the quote, when the quote occurs more than once in the paragraph.'),
  suffix: z.string().max(LIMITS.context).optional().describe('Text just after the quote, when the quote occurs more than once in the paragraph.'),
});

export const PositionSchema = z.strictObject({ x: z.number().finite(), y: z.number().finite() });

export const NodeSchema = z.strictObject({
  id: Id,
  label: NonBlank(LIMITS.label),
  type: NonBlank(LIMITS.type).describe('person, nation, organization, ideology, event, place, or any other word (drawn in a neutral style).'),
  aliases: z.array(NonBlank(LIMITS.label)).max(LIMITS.aliases).optional().describe('Other names the article uses; search finds them.'),
  summary: z.string().max(LIMITS.summary).optional().describe('One sentence on what this is in the story.'),
  evidence: z.array(EvidenceSchema).max(LIMITS.evidence).describe('Quotes that support it; at least one (checked with the story, so a draft can be saved before its quotes are added).'),
  position: PositionSchema.optional().describe('Saved position, so the picture is the same on every load.'),
});

export const EdgeSchema = z.strictObject({
  id: Id,
  source: Id.describe('Id of the node the relation starts from.'),
  target: Id.describe('Id of the node the relation points to.'),
  label: NonBlank(LIMITS.label).describe('Read source → label → target, e.g. "met with".'),
  type: NonBlank(LIMITS.type).optional().describe('Kind of relation, e.g. meeting, support, accusation.'),
  directed: z.boolean().optional().describe('False for symmetric relations; defaults to true.'),
  evidence: z.array(EvidenceSchema).max(LIMITS.evidence).describe('Quotes that support it; at least one (checked with the story, so a draft can be saved before its quotes are added).'),
});

export const ParagraphSchema = z.strictObject({
  id: Id,
  text: NonBlank(LIMITS.paragraphText),
});

export const SourceSchema = z.strictObject({
  name: NonBlank(LIMITS.title).optional(),
  url: HttpUrl.optional(),
  published: z
    .string()
    .regex(PATTERNS.date, 'must be a date written YYYY-MM-DD')
    .optional(),
});

export const StepSchema = z.strictObject({
  title: NonBlank(LIMITS.label),
  text: z.string().max(LIMITS.summary).describe('What the reader should notice at this step, in plain text.'),
  focus: z.array(Id).max(LIMITS.stepFocus).optional().describe('Node and edge ids to highlight and fit the view to.'),
  select: Id.optional().describe('A node or edge id to select, so its quotes show.'),
  paragraph: Id.optional().describe('A paragraph id to scroll the article to.'),
});

export const ChangeSchema = z.strictObject({
  date: z.string().regex(PATTERNS.date, 'must be a date written YYYY-MM-DD'),
  note: NonBlank(LIMITS.summary).describe('What was corrected or updated, for readers.'),
});

export const StorySchema = z.strictObject({
  version: z.literal(1, 'must be 1 (this is story format version 1)'),
  id: Id,
  title: NonBlank(LIMITS.title),
  description: z.string().max(LIMITS.summary).optional(),
  article: z.strictObject({
    title: NonBlank(LIMITS.title),
    source: SourceSchema.optional(),
    paragraphs: z.array(ParagraphSchema).min(1, 'needs at least one paragraph').max(LIMITS.paragraphs),
  }),
  nodes: z.array(NodeSchema).max(LIMITS.nodes),
  edges: z.array(EdgeSchema).max(LIMITS.edges),
  steps: z.array(StepSchema).max(LIMITS.steps).optional().describe('A guided tour through the story, in order.'),
  changes: z.array(ChangeSchema).max(LIMITS.changes).optional().describe('Corrections and updates since publication, shown to readers.'),
  dismissed: z
    .array(NonBlank(LIMITS.label))
    .max(LIMITS.dismissed)
    .optional()
    .describe('Names the studio\'s "Suggest nodes" was told not to offer again, as the article writes them (compared ignoring case, accents, quote marks and a leading "the"). Readers never see them.'),
});
