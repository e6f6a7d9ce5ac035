import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STORY_FILE } from '../../src/cli/defaultStory';
import { anchorQuote } from '../../src/model/anchoring/anchorQuote';
import { parseStoryText } from '../../src/model/story/parseStory';

const SEED_COPY = 'data/sources/000_9dc813a9fb6319d2.txt';
/** SHA-256 of the seed as it was copied into data/sources: the paragraphs below are checked against that copy. */
const SEED_SHA256 = '4067dc87b80d728a9b18f456efa65cc22bba21b7e4ac061803fe46425936df67';
/** The team's shared seed, beside the repository on the team's machines; a lone clone has none. */
const SHARED_SEED = '../shared/seed/000_9dc813a9fb6319d2.txt';

const result = parseStoryText(readFileSync(DEFAULT_STORY_FILE, 'utf8'));
if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
const { story } = result;
const seed = readFileSync(SEED_COPY, 'utf8');
const seedLines = new Set(seed.split('\n'));

describe('the default story', () => {
  it('keeps its copy of the seed unchanged', () => {
    expect(createHash('sha256').update(seed).digest('hex')).toBe(SEED_SHA256);
  });

  // Never skipped: where the shared seed is missing, the pinned digest above stands for it, and the report says so.
  it('keeps its copy of the seed identical to the shared seed, where there is one', async ({ annotate }) => {
    if (existsSync(SHARED_SEED)) {
      expect(seed).toBe(readFileSync(SHARED_SEED, 'utf8'));
    } else {
      await annotate(`${SHARED_SEED} is missing: the copy was checked against its pinned SHA-256 only`, 'warning');
    }
    expect(createHash('sha256').update(seed).digest('hex')).toBe(SEED_SHA256);
  });

  it('quotes every paragraph verbatim from the seed, curly quotes and dashes included', () => {
    for (const p of story.article.paragraphs) expect(seedLines.has(p.text), `${p.id} is not a line of the seed`).toBe(true);
    expect(story.article.paragraphs.some((p) => p.text.includes('’'))).toBe(true);
  });

  it('leaves out the page furniture', () => {
    const text = story.article.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toContain('Recommended Stories');
    expect(text).not.toContain('Europe pledges troops');
    expect(text).not.toContain('WITH PUTIN AND KIM IN BEIJING');
  });

  it('anchors every quote exactly once in its paragraph', () => {
    const paragraphs = new Map(story.article.paragraphs.map((p) => [p.id, p.text]));
    for (const item of [...story.nodes, ...story.edges]) {
      expect(item.evidence.length).toBeGreaterThan(0);
      for (const e of item.evidence) {
        const anchor = anchorQuote(paragraphs.get(e.paragraph) ?? '', { exact: e.quote, prefix: e.prefix, suffix: e.suffix });
        expect(anchor.ok, `${item.id}: ${e.quote}`).toBe(true);
      }
    }
  });

  it('covers the kinds of thing the article argues about, at a legible size', () => {
    const types = new Set(story.nodes.map((n) => n.type));
    for (const t of ['person', 'nation', 'organization', 'ideology', 'event']) expect(types.has(t)).toBe(true);
    expect(story.nodes.length).toBeGreaterThanOrEqual(25);
    expect(story.nodes.length).toBeLessThanOrEqual(35);
    expect(story.edges.length).toBeGreaterThanOrEqual(35);
    expect(story.edges.length).toBeLessThanOrEqual(55);
    for (const n of story.nodes) expect(n.summary, n.id).toBeTruthy();
  });

  it('saves positions far enough apart that labels cannot overlap', () => {
    const placed = story.nodes.map((n) => ({ id: n.id, ...n.position }));
    for (const [i, a] of placed.entries()) {
      expect(a.x, `${a.id} has no position`).toBeTypeOf('number');
      for (const b of placed.slice(i + 1)) {
        const apart = Math.abs((a.x ?? 0) - (b.x ?? 0)) >= 150 || Math.abs((a.y ?? 0) - (b.y ?? 0)) >= 110;
        expect(apart, `${a.id} and ${b.id} are too close`).toBe(true);
      }
    }
  });

  it('lets a reader answer who met whom, who accused whom, and where the two ideologies come from', () => {
    const has = (source: string, target: string, type: string) =>
      story.edges.some((e) => e.type === type && ((e.source === source && e.target === target) || (e.directed === false && e.source === target && e.target === source)));
    expect(has('xi-jinping', 'kim-jong-un', 'meeting')).toBe(true);
    for (const accused of ['xi-jinping', 'vladimir-putin', 'kim-jong-un']) expect(has('donald-trump', accused, 'accusation')).toBe(true);
    expect(has('juche', 'marxism-leninism', 'ideological-lineage')).toBe(true);
    expect(has('socialism-with-chinese-characteristics', 'marxism-leninism', 'ideological-lineage')).toBe(true);
    expect(story.edges.some((e) => e.type === 'ideological-divergence')).toBe(true);
  });
});
