import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STORY_FILE } from '../../src/cli/defaultStory';
import { SCHEMA_FILE, storySchemaText } from '../../src/cli/schemaFile';
import { validateFile } from '../../src/cli/validateFile';

const invalidFixtures = readdirSync('tests/fixtures').filter((f) => f.startsWith('invalid-'));

describe('npm run validate', () => {
  it('passes the default story', () => {
    const { code, lines } = validateFile(DEFAULT_STORY_FILE);
    expect(lines.join('\n')).toMatch(/valid story "xi-kim-beijing"/);
    expect(code).toBe(0);
  });

  it.each(invalidFixtures)('fails %s, naming the path of each fault', (name) => {
    const { code, lines } = validateFile(`tests/fixtures/${name}`);
    expect(code).toBe(1);
    // Every problem line is "<file>: <path>: <message>", and a count closes the list.
    const problemLines = lines.slice(0, -1);
    expect(problemLines.length).toBeGreaterThan(0);
    for (const line of problemLines) expect(line).toMatch(new RegExp(`^tests/fixtures/${name}: [^:]+: .+`));
    expect(lines.at(-1)).toMatch(/\d+ problems?\.$/);
  });

  it('lists every problem of a file in one run: a missing field, a quote that does not anchor, a dangling edge', () => {
    const file = 'tests/fixtures/invalid-several-faults.json';
    const { code, lines } = validateFile(file);
    expect(code).toBe(1);
    expect(lines).toHaveLength(4);
    expect(lines).toEqual(
      expect.arrayContaining([
        `${file}: nodes[1].type: Is required but missing.`,
        expect.stringMatching(/^tests\/fixtures\/invalid-several-faults\.json: nodes\[3\]\.evidence\[0\]\.quote: Node "talks": the quote is not in paragraph "p1" word for word\./),
        `${file}: edges[1].target: Edge "ben-leads-northland" target "southland" is not a node of this story.`,
      ]),
    );
    expect(lines.at(-1)).toBe(`${file}: 3 problems.`);
  });

  it('names the line and column of a JSON syntax error, and shows that line', () => {
    const file = 'tests/fixtures/invalid-json-comment.json';
    expect(validateFile(file).lines).toEqual([
      `${file}: (the whole file): This is not valid JSON: line 4, column 25: Expected double-quoted property name. Here: "title": "A story",   ▸// a comment, as in JSONC`,
      `${file}: 1 problem.`,
    ]);
  });

  it('exits 1 from the command line for a broken file and 0 for a good one', () => {
    const run = (file: string) => {
      try {
        execFileSync('npx', ['tsx', 'src/cli/validate.ts', file], { stdio: 'pipe' });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    expect(run('tests/fixtures/invalid-dangling-edge.json')).toBe(1);
    expect(run(DEFAULT_STORY_FILE)).toBe(0);
  }, 30_000); // two cold `tsx` starts; slow on a busy 2-core machine

  it('publishes a JSON Schema generated from the runtime validator (run `npm run schema` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(storySchemaText());
  });
});
