import { describe, expect, it } from 'vitest';
import { hostileImports } from '../../../src/cli/bench/hostileCorpus';
import { storyToCsv } from '../../../src/model/interchange/csv';
import { graphFromFiles } from '../../../src/model/interchange/graphFiles';
import { smallStory } from '../../helpers/stories';
import { MAX_LISTED_PROBLEMS, MORE_PATH } from '../../../src/model/story/problemSink';

const file = (name: string, text: string) => ({ name, text: async () => text });

describe('graphFromFiles', () => {
  it('tells the edges CSV from the nodes CSV by its columns, in either order', async () => {
    const nodes = file('story-nodes.csv', 'id,label\na,Anna\nb,Ben\n');
    const edges = file('story-edges.csv', 'source,target,label\na,b,met with\n');
    for (const files of [[nodes, edges], [edges, nodes]]) {
      const result = await graphFromFiles(files);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.draft.nodes.map((n) => n.id)).toEqual(['a', 'b']);
      expect(result.draft.edges.map((e) => [e.source, e.target])).toEqual([['a', 'b']]);
    }
  });

  it('reads our own CSV export back even when the story id says "node" (the edges file was once taken for the nodes)', async () => {
    const story = smallStory();
    story.id = 'node-edge-story';
    const csv = storyToCsv(story);
    const result = await graphFromFiles([file(`${story.id}-edges.csv`, csv.edges), file(`${story.id}-nodes.csv`, csv.nodes)]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect([result.draft.nodes.length, result.draft.edges.length]).toEqual([story.nodes.length, story.edges.length]);
  });

  it('says when a table is neither nodes nor edges, or two tables are the same kind', async () => {
    const fail = async (files: ReturnType<typeof file>[]) => {
      const result = await graphFromFiles(files);
      return result.ok ? '' : result.problems[0]?.message;
    };
    expect(await fail([file('a.csv', 'name,when\nx,1\n')])).toBe('a.csv is neither a nodes table (it needs an "id" column) nor an edges table ("source" and "target"); its columns: name, when.');
    expect(await fail([file('a.csv', 'id\nx\n'), file('b.csv', 'id\ny\n')])).toMatch(/^a\.csv and b\.csv are both nodes tables/);
  });

  it('prefers a Cytoscape JSON file, and says which file is not JSON', async () => {
    const result = await graphFromFiles([file('nodes.csv', 'id,label\na,Anna\n'), file('graph.json', '{ nope')]);
    expect(result).toEqual({ ok: false, problems: [{ path: '(the files)', message: 'graph.json is not valid JSON.' }] });
  });

  it('asks for the right files when none is a graph', async () => {
    const result = await graphFromFiles([file('notes.txt', 'hello')]);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/neither a nodes table .* nor an edges table/);
  });

  it('refuses a file over the size cap without reading it', async () => {
    let read = false;
    const huge = { name: 'graph.json', size: 11 * 1024 * 1024, text: async () => ((read = true), '{}') };
    const result = await graphFromFiles([huge]);
    expect(result.ok ? '' : result.problems[0]?.message).toBe('graph.json is 11.0 MB; the limit is 10 MB.');
    expect(read).toBe(false);
  });

  it('answers every hostile import, with a list capped at a thousand and a count of the rest', async () => {
    for (const hostile of hostileImports()) {
      const result = await graphFromFiles(hostile.files.map((f) => file(f.name, f.text)));
      if (result.ok) {
        expect(new Set(result.draft.edges.map((e) => e.id)).size).toBe(result.draft.edges.length);
        continue;
      }
      expect(result.problems.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS + 1);
      expect(result.problems.at(-1)?.path).toBe(MORE_PATH);
    }
    // About 1.5 s on an idle machine (npm run bench:hostile times it); the limit is for a loaded one, not a target.
  }, 30_000);
});
