import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePythonEnv } from '../../src/cli/pythonEnv';
import { exportFiles } from '../../src/model/interchange/exportFormats';
import { loadStory } from '../helpers/stories';

// Our GraphML, GEXF and Cytoscape JSON read by the real programs: NetworkX (read_graphml, read_gexf,
// cytoscape_graph) and igraph (Read_GraphML), and the GEXF validated against the GEXF 1.3 RELAX NG schema (lxml).
// tests/python/check_exports.py does the reading; .venv is created on first use (src/cli/pythonEnv.ts). Without
// Python this fails with a message saying how to set it up: it never skips.

const STORIES = ['data/xi-kim-beijing.json', 'tests/fixtures/interchange-nonlatin-story.json', 'tests/fixtures/interchange-hostile-story.json'];

describe('exports read by NetworkX and igraph', () => {
  const folder = mkdtempSync(join(tmpdir(), 'quotegraph-exports-'));
  let python = '';

  beforeAll(() => {
    python = ensurePythonEnv();
    for (const path of STORIES) {
      const story = loadStory(path);
      for (const format of ['graphml', 'gexf', 'cytoscape'] as const) {
        for (const file of exportFiles(story, format)) writeFileSync(join(folder, file.name), file.text);
      }
    }
  }, 600_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('has every node and relation, with labels, types, direction and quotes, in what Python reads', () => {
    const result = spawnSync(python, ['tests/python/check_exports.py', folder, ...STORIES], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { stories: { id: string; nodes: number; edges: number; networkx_graphml: [string, number, number]; igraph_graphml: [boolean, number, number]; story_in_graphml: boolean }[] };
    expect(report.stories.map((s) => [s.id, s.networkx_graphml, s.igraph_graphml, s.story_in_graphml])).toEqual([
      ['xi-kim-beijing', ['MultiDiGraph', 29, 53], [true, 29, 53], true],
      // Every relation in this story is symmetric: an undirected graph, for NetworkX and igraph alike.
      ['nonlatin-treaty', ['Graph', 5, 4], [false, 5, 4], true],
      ['hostile-interchange', ['DiGraph', 4, 4], [true, 4, 4], true],
    ]);
  });
});
