// The story format's limits and string shapes, apart from the zod schema (storySchema.ts), so the code a reader's
// first view runs (the fast check, the integrity checks, the studio's fields) can use them without loading zod.

/** Length limits: generous for real stories, small enough that a hostile file cannot stall the page. */
export const LIMITS = {
  id: 120,
  label: 160,
  /** A node's or edge's type: one word or two. */
  type: 40,
  title: 300,
  summary: 2000,
  paragraphText: 20_000,
  quote: 2_000,
  context: 500,
  aliases: 20,
  paragraphs: 20_000,
  nodes: 50_000,
  edges: 200_000,
  evidence: 100,
  /** An address (the article's source): long enough for any real link. */
  url: 2000,
  /** A guided tour's steps, the ids one step focuses on, and the corrections a story lists. */
  steps: 100,
  stepFocus: 200,
  changes: 500,
  /** Names the studio's "Suggest nodes" was told not to offer again. */
  dismissed: 2000,
  /**
   * Characters of article text that checking every quote may read (each quote reads the paragraph it cites, so a
   * paragraph cited by many quotes is read many times). A real story reads a few million; this refuses a file that
   * cites one 20,000-character paragraph with hundreds of thousands of tiny quotes, which would take many seconds.
   */
  quoteReading: 64_000_000,
} as const;

/** Shapes of strings, shared with fastStoryCheck so the fast path tests strings exactly as the schema does. */
export const PATTERNS = {
  id: /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/,
  nonBlank: /\S/,
  httpUrl: /^https?:\/\/\S+$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
} as const;
