import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/model/story/parseStory';

/** The README's section on the story format, up to the next section. */
function formatSection(): string {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('\n## Write and validate a story\n');
  if (start < 0) throw new Error('README.md has no "Write and validate a story" section');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Every ```json block of the section (not ```jsonc, ```sh, …). */
const jsonBlocks = (section: string) => [...section.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');

describe('the README’s format example', () => {
  it('is one ```json block, with no commented JSON left beside it', () => {
    const section = formatSection();
    expect(jsonBlocks(section)).toHaveLength(1);
    expect(section).not.toMatch(/^```jsonc/m);
  });

  it('parses as JSON and is a valid story, every node placed', () => {
    const [example = ''] = jsonBlocks(formatSection());
    const result = parseStory(JSON.parse(example));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.story.article.paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(result.story.edges.length).toBeGreaterThanOrEqual(2);
    for (const node of result.story.nodes) expect(node.position, node.id).toBeDefined();
  });
});
