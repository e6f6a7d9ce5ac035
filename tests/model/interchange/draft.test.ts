import { describe, expect, it } from 'vitest';
import { storyToCsv } from '../../../src/model/interchange/csv';
import { csvToDraft } from '../../../src/model/interchange/csvRead';
import { draftToStory, edgeIdMaker } from '../../../src/model/interchange/draft';
import { parseStory } from '../../../src/model/story/parseStory';
import { smallStory } from '../../helpers/stories';

describe('draftToStory', () => {
  const story = smallStory();
  const imported = csvToDraft(storyToCsv(story).nodes, storyToCsv(story).edges);
  if (!imported.ok) throw new Error('small story did not survive CSV');

  it('builds a story that fails only for want of evidence, one problem per node and edge, from a graph without quotes', () => {
    const bare = { nodes: imported.draft.nodes.map((node) => ({ ...node, evidence: [] })), edges: imported.draft.edges.map((edge) => ({ ...edge, evidence: [] })) };
    const result = parseStory(draftToStory(bare, story.article, { id: 'imported', title: 'Imported from CSV' }));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.path)).toEqual([...story.nodes.map((_, i) => `nodes[${i}].evidence`), ...story.edges.map((_, i) => `edges[${i}].evidence`)]);
    expect(problems.every((p) => /needs at least one evidence quote/i.test(p.message))).toBe(true);
  });

  it('becomes the original story when the file carried the quotes (Quotegraph\'s own export)', () => {
    const result = parseStory(draftToStory(imported.draft, story.article, { id: 'imported', title: 'Imported from CSV' }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.story).toEqual({
        ...story,
        id: 'imported',
        title: 'Imported from CSV',
        article: { title: story.article.title, paragraphs: story.article.paragraphs },
        // Exporters spell out directedness, so the import says true where the original left the default.
        edges: story.edges.map((edge) => ({ ...edge, directed: edge.directed !== false })),
      });
    }
  });
});

describe('edgeIdMaker', () => {
  it('numbers from the edge position and never reuses a taken id', () => {
    const taken = new Set(['edge-1', 'edge-3']);
    const freshEdgeId = edgeIdMaker(taken);
    expect([freshEdgeId(0), freshEdgeId(1), freshEdgeId(2), freshEdgeId(7)]).toEqual(['edge-2', 'edge-4', 'edge-5', 'edge-8']);
  });

  it('names 50,000 edges whose every edge-N is taken, each name new', () => {
    const n = 50_000;
    const taken = new Set(Array.from({ length: n }, (_, i) => `edge-${i + 1}`));
    const freshEdgeId = edgeIdMaker(taken);
    const names = Array.from({ length: n }, (_, i) => freshEdgeId(i));
    expect(names[0]).toBe(`edge-${n + 1}`);
    expect(new Set(names).size).toBe(n);
  });
});
