import type { z } from 'zod';
import type { EdgeSchema, EvidenceSchema, NodeSchema, ParagraphSchema, StepSchema, StorySchema } from './storySchema';

/** A whole story: the article and the graph curated from it (format version 1). */
export type Story = z.infer<typeof StorySchema>;
export type StoryNode = z.infer<typeof NodeSchema>;
export type StoryEdge = z.infer<typeof EdgeSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
/** One step of a guided tour: what to say, what to focus and select, where to scroll the article. */
export type TourStep = z.infer<typeof StepSchema>;
/** One verbatim quote from one paragraph that supports a node or an edge. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Something wrong with a story: where (a JSON path such as `nodes[3].evidence[0].quote`) and what. */
export interface Problem {
  path: string;
  message: string;
  /** Only on the last line of a capped list (see ProblemSink): how many problems that line stands for. */
  more?: number;
}

/** A story ready to draw, or every reason it is not. */
export type ParseResult = { ok: true; story: Story } | { ok: false; problems: Problem[] };

/** A draft in the studio: the story and the problems it still has (kept, not enforced), or why it has not a story's shape. */
export type DraftParse = { ok: true; story: Story; problems: Problem[] } | { ok: false; problems: Problem[] };
