import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { suggestFile, type PrintedQuote } from '../../src/cli/suggestFile';
import { anchorQuote } from '../../src/model/anchoring/anchorQuote';
import { DEFAULT_STORY_FILE } from '../../src/cli/defaultStory';
import { defaultStory } from '../helpers/stories';

const QUOTE_KEYS = ['article', 'paragraph', 'quote'];
const CONTEXT_KEYS = ['prefix', 'suffix'];

/** The keys of a printed quote are exactly the required ones, plus prefix/suffix only where the words repeat. */
function expectQuoteShape(row: object, extra: string[] = []): void {
  const keys = Object.keys(row);
  expect(keys.slice(0, extra.length + QUOTE_KEYS.length)).toEqual([...extra, ...QUOTE_KEYS]);
  for (const key of keys.slice(extra.length + QUOTE_KEYS.length)) expect(CONTEXT_KEYS).toContain(key);
}

describe('npm run suggest', () => {
  it('prints the default story’s suggestions as JSON of the documented shape, every quote anchoring in its paragraph', () => {
    const { code, out, errors } = suggestFile(DEFAULT_STORY_FILE);
    expect(code).toBe(0);
    expect(errors).toEqual([]);
    const printed: unknown = JSON.parse(out);
    expect(Object.keys(printed as object)).toEqual(['nodes', 'relations']);
    const { nodes, relations } = printed as { nodes: { label: string; type: string; mentions: PrintedQuote[] }[]; relations: (PrintedQuote & { source: string; target: string })[] };
    const paragraphs = new Map(defaultStory().article.paragraphs.map((p) => [p.id, p.text]));
    const anchors = (q: PrintedQuote) => q.article === 0 && anchorQuote(paragraphs.get(q.paragraph) ?? '', { exact: q.quote, prefix: q.prefix, suffix: q.suffix }).ok;
    for (const node of nodes) {
      expect(Object.keys(node)).toEqual(['label', 'type', 'mentions']);
      for (const m of node.mentions) {
        expectQuoteShape(m);
        expect(anchors(m)).toBe(true);
      }
    }
    // Every node of the default story is already there, so what is left are names it did not make a node of.
    expect(nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['Mao', 'Eastern powers']));
    expect(nodes.map((n) => n.label)).not.toContain('Xi Jinping');
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) {
      expectQuoteShape(r, ['source', 'target']);
      expect(anchors(r)).toBe(true);
    }
    expect(relations).toContainEqual(expect.objectContaining({ source: 'xi-jinping', target: 'vladimir-putin', paragraph: 'p15' }));
  });

  it('refuses a file that is not a valid story with the validate command’s lines, and a missing argument with its usage', () => {
    const file = 'tests/fixtures/invalid-dangling-edge.json';
    const bad = suggestFile(file);
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('');
    expect(bad.errors.at(-1)).toBe(`${file}: 1 problem.`);
    expect(bad.errors[0]).toMatch(/^tests\/fixtures\/invalid-dangling-edge\.json: edges\[\d+\]\.(source|target): .+ is not a node of this story\.$/);
    expect(suggestFile('no-such-file.json').errors[0]).toMatch(/^no-such-file\.json: cannot read the file/);
    expect(suggestFile(undefined)).toEqual({ code: 1, out: '', errors: ['Usage: npm run suggest -- <story.json>'] });
  });

  it('runs from the command line: JSON on stdout and exit 0 for a story, one line per problem on stderr and exit 1 for a broken file', () => {
    const run = (file: string) => spawnSync('npm', ['run', '-s', 'suggest', '--', file], { encoding: 'utf8' });
    const good = run('tests/fixtures/kim-putin-vostochny.json');
    expect(good.status).toBe(0);
    const printed = JSON.parse(good.stdout) as { nodes: { label: string }[] };
    expect(printed.nodes.map((n) => n.label)).toContain('Far East');
    const bad = run('tests/fixtures/invalid-several-faults.json');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(4);
  }, 30_000); // two cold `tsx` starts; slow on a busy 2-core machine
});
