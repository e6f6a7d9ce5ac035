import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertFiles } from '../../src/cli/convertFiles';
import { validateFile } from '../../src/cli/validateFile';

// `npm run convert`, mostly called in-process (convertFiles) and once as the command a pipeline runs.

const out = mkdtempSync(join(tmpdir(), 'quotegraph-convert-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const folder = (name: string) => join(out, name);

describe('npm run convert', () => {
  it('writes every format under the story id, and a GraphML or Cytoscape JSON file converts back to the same story', async () => {
    for (const to of ['graphml', 'gexf', 'cytoscape', 'csv', 'ftm', 'story']) {
      const { code, problems } = await convertFiles(['data/xi-kim-beijing.json', '--to', to, '--out', folder('all')]);
      expect([code, problems]).toEqual([0, []]);
    }
    expect(readdirSync(folder('all')).sort()).toEqual([
      'xi-kim-beijing-edges.csv', 'xi-kim-beijing-nodes.csv', 'xi-kim-beijing.cyjs', 'xi-kim-beijing.ftm.json', 'xi-kim-beijing.gexf', 'xi-kim-beijing.graphml', 'xi-kim-beijing.json',
    ]);
    expect(readFileSync(folder('all/xi-kim-beijing.json'), 'utf8')).toBe(readFileSync('data/xi-kim-beijing.json', 'utf8'));
    for (const file of ['xi-kim-beijing.graphml', 'xi-kim-beijing.cyjs']) {
      const back = await convertFiles([folder(`all/${file}`), '--to', 'story', '--out', folder(file)]);
      expect(back).toMatchObject({ code: 0, problems: [] });
      expect(validateFile(folder(`${file}/xi-kim-beijing.json`))).toMatchObject({ code: 0 });
    }
  });

  it('takes the article from --article for formats that do not carry one (CSV, GEXF), giving back a valid story', async () => {
    const csv = [folder('all/xi-kim-beijing-nodes.csv'), folder('all/xi-kim-beijing-edges.csv')];
    const result = await convertFiles([...csv, '--to', 'story', '--out', folder('csv'), '--article', 'data/xi-kim-beijing.json']);
    expect(result).toMatchObject({ code: 0, problems: [] });
    expect(validateFile(folder('csv/xi-kim-beijing.json'))).toMatchObject({ code: 0 });
  });

  it('turns a graph without quotes into a story that validate then reports, as the studio keeps a draft', async () => {
    const result = await convertFiles(['tests/fixtures/interchange/edges-only.csv', '--to', 'story', '--out', folder('draft')]);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      expect.stringMatching(/^note: 3 node id\(s\) changed/),
      expect.stringMatching(/^note: No nodes table/),
      `wrote ${folder('draft/edges-only.json')}`,
      expect.stringMatching(/^note: the story still has 5 problems .*npm run validate lists them\.$/),
    ]);
    const validated = validateFile(folder('draft/edges-only.json'));
    expect(validated.code).toBe(1);
    expect(validated.lines.join('\n')).toMatch(/nodes\[0\]\.evidence: .*needs at least one/i);
  });

  it('exits 1 with one line per problem', async () => {
    expect(await convertFiles(['data/xi-kim-beijing.json', '--to', 'pdf', '--out', out])).toEqual({ code: 1, lines: [], problems: [expect.stringMatching(/^--to pdf: not a format/), expect.stringMatching(/^Usage: npm run convert/)] });
    expect(await convertFiles(['nowhere.graphml', '--to', 'story', '--out', out])).toEqual({ code: 1, lines: [], problems: ['nowhere.graphml: cannot read the file.'] });
    const bad = await convertFiles(['tests/fixtures/invalid-dangling-edge.json', '--to', 'graphml', '--out', folder('bad')]);
    expect(bad.code).toBe(0);
    const broken = await convertFiles(['tests/fixtures/invalid-not-json.json', '--to', 'graphml', '--out', folder('bad')]);
    expect(broken).toEqual({ code: 1, lines: [], problems: ['(the files): invalid-not-json.json is not valid JSON.'] });
  });

  it('runs as the command pipelines call, with its exit code', () => {
    const run = (args: string[]) => spawnSync('npx', ['tsx', 'src/cli/convert.ts', ...args], { encoding: 'utf8' });
    const ok = run(['tests/fixtures/interchange-nonlatin-story.json', '--to', 'graphml', '--out', folder('cli')]);
    expect([ok.status, ok.stdout.trim(), ok.stderr]).toEqual([0, `wrote ${folder('cli/nonlatin-treaty.graphml')}`, '']);
    const failed = run(['tests/fixtures/interchange/edges-only.csv', '--to', 'nothing', '--out', folder('cli')]);
    expect(failed.status).toBe(1);
    expect(failed.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  }, 60_000);
});
