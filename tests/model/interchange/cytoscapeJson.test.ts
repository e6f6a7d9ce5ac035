import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { storyToCytoscapeJson } from '../../../src/model/interchange/cytoscapeJson';
import { cytoscapeJsonToDraft } from '../../../src/model/interchange/cytoscapeJsonRead';
import type { DraftResult } from '../../../src/model/interchange/draft';
import { expectedDraft, NASTY, trickyStory } from './trickyStory';

const problemsOf = (result: DraftResult) => (result.ok ? [] : result.problems);
const draftOf = (result: DraftResult) => {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  // The story's frame (article, title) is compared where it matters; here the graph.
  const graph = { ...result.draft };
  delete graph.frame;
  return graph;
};

describe('storyToCytoscapeJson', () => {
  const story = trickyStory();
  const json = storyToCytoscapeJson(story);

  it('writes the elements layout with data and positions, labels twice for Cytoscape desktop', () => {
    expect(json.elements.nodes).toHaveLength(story.nodes.length);
    expect(json.elements.edges).toHaveLength(story.edges.length);
    expect(json.data.name).toBe(story.title);
    expect(json.elements.nodes[0]).toEqual({
      data: {
        id: 'anna', value: 'anna', name: NASTY.markup, label: NASTY.markup, type: 'person', summary: NASTY.multiline,
        aliases: [NASTY.korean, NASTY.cyrillic, `O'Neil "the Hammer"`], quotes: ['¶p1: “Anna met Ben in Paris”'],
        evidence: '[{"paragraph":"p1","quote":"Anna met Ben in Paris"}]',
      },
      position: { x: -12.5, y: 3.25 },
    });
    expect(json.elements.nodes[2]).not.toHaveProperty('position');
    expect(json.elements.edges[0]?.data).toMatchObject({ source: 'anna', target: 'ben', label: 'met with', interaction: 'met with', directed: false });
    expect(json.elements.edges[1]?.data).toMatchObject({ directed: true });
    expect(json.elements.edges[1]?.data).not.toHaveProperty('type');
  });

  it('loads into Cytoscape.js as it is', () => {
    const cy = cytoscape({ headless: true, elements: structuredClone(json.elements), layout: { name: 'preset' } });
    expect(cy.nodes()).toHaveLength(story.nodes.length);
    expect(cy.edges()).toHaveLength(story.edges.length);
    expect(cy.getElementById('ben').data('label')).toBe(NASTY.korean);
    expect(cy.getElementById('anna').position()).toEqual({ x: -12.5, y: 3.25 });
    expect(cy.getElementById('anna-met-ben').source().id()).toBe('anna');
  });

  it('gives back everything the format holds, through JSON text', () => {
    expect(draftOf(cytoscapeJsonToDraft(JSON.parse(JSON.stringify(json))))).toEqual(expectedDraft(story));
  });

  it("reads what Cytoscape.js's cy.json() writes", () => {
    const cy = cytoscape({ headless: true, elements: structuredClone(json.elements), layout: { name: 'preset' } });
    const draft = draftOf(cytoscapeJsonToDraft(cy.json()));
    expect(draft.nodes.map((n) => [n.id, n.label, n.type])).toEqual(story.nodes.map((n) => [n.id, n.label, n.type]));
    expect(draft.edges.map((e) => [e.id, e.source, e.target, e.label, e.directed])).toEqual(story.edges.map((e) => [e.id, e.source, e.target, e.label, e.directed !== false]));
  });
});

describe('cytoscapeJsonToDraft', () => {
  it('reads an elements array with groups, and a bare array where a source makes an edge', () => {
    const elements = [
      { group: 'nodes', data: { id: 'a', name: 'Anna' }, position: { x: 1, y: 2 } },
      { group: 'nodes', data: { id: 'b', label: '', name: 'Ben', type: 'person' } },
      { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', interaction: 'met' } },
    ];
    const expected = {
      nodes: [{ id: 'a', label: 'Anna', type: 'other', position: { x: 1, y: 2 } }, { id: 'b', label: 'Ben', type: 'person' }],
      edges: [{ id: 'ab', source: 'a', target: 'b', label: 'met' }],
    };
    expect(draftOf(cytoscapeJsonToDraft({ elements }))).toEqual(expected);
    expect(draftOf(cytoscapeJsonToDraft(elements.map(({ data, position }) => ({ data, ...(position ? { position } : {}) }))))).toEqual(expected);
  });

  it('reads Cytoscape desktop habits: numeric ids, null cells, unnamed edges, extra fields', () => {
    const desktop = {
      format_version: '1.0',
      elements: {
        nodes: [
          { data: { id: '152', SUID: 152, name: 'Anna', shared_name: 'Anna', selected: false, summary: null }, position: { x: 0, y: 0 }, selected: false },
          { data: { id: 153, name: 'Ben' } },
        ],
        edges: [
          { data: { source: '152', target: '153', SUID: 160 } },
          { data: { id: 'edge-1', source: '153', target: '152', interaction: 'interacts with', label: 'met' } },
        ],
      },
    };
    const draft = draftOf(cytoscapeJsonToDraft(desktop));
    expect(draft.nodes.map((n) => n.id)).toEqual(['152', '153']);
    expect(draft.nodes[0]).not.toHaveProperty('summary');
    expect(draft.edges).toEqual([
      { id: 'edge-2', source: '152', target: '153', label: 'related to' },
      { id: 'edge-1', source: '153', target: '152', label: 'met' },
    ]);
  });

  it('says what shape it wanted when the input is not Cytoscape JSON', () => {
    for (const input of ['{"elements": []}', 42, null, { nodes: [] }]) {
      expect(problemsOf(cytoscapeJsonToDraft(input))).toEqual([{ path: '(the whole file)', message: expect.stringMatching(/Expected Cytoscape JSON/) }]);
    }
    expect(problemsOf(cytoscapeJsonToDraft({ elements: 'x' }))).toEqual([{ path: 'elements', message: expect.stringMatching(/Expected/) }]);
    expect(problemsOf(cytoscapeJsonToDraft({ elements: { nodes: {} } }))).toEqual([{ path: 'elements.nodes', message: 'Must be an array of elements.' }]);
  });

  it('names each malformed element by its path', () => {
    const problems = problemsOf(cytoscapeJsonToDraft({
      elements: {
        nodes: [{ data: { id: 'a' } }, { id: 'b' }, { data: { id: 'c' }, position: { x: '1', y: 2 } }, { data: { name: 'no id' } }],
        edges: [{ data: { id: 'e', source: 'a' } }],
      },
    }));
    expect(problems.map((p) => p.path)).toEqual(['elements.nodes[1].data', 'elements.nodes[2].position.x', 'elements.nodes[3].data.id', 'elements.edges[0].data.target']);
    expect(problems[3]?.message).toBe('An edge needs a target.');
  });

  it('reports dangling edges and node ids given twice', () => {
    const problems = problemsOf(cytoscapeJsonToDraft([
      { data: { id: 'a' } },
      { data: { id: 'a' } },
      { data: { id: 'e', source: 'a', target: 'ghost' } },
    ]));
    expect(problems).toEqual([
      { path: '[1].data.id', message: 'Id "a" is already used at [0].data.id; node and edge ids must be unique.' },
      { path: '[2].data.target', message: 'Edge target "ghost" is not a node id.' },
    ]);
  });

  it('renames ids the story format cannot hold, and edge ids that repeat node ids, saying how', () => {
    const result = cytoscapeJsonToDraft([{ data: { id: 'a' } }, { data: { id: 'Anna Smith' } }, { data: { id: 'a', source: 'a', target: 'Anna Smith' } }]);
    expect(draftOf(result)).toEqual({
      nodes: [{ id: 'a', label: 'a', type: 'other' }, { id: 'Anna-Smith', label: 'Anna Smith', type: 'other' }],
      edges: [{ id: 'edge-a', source: 'a', target: 'Anna-Smith', label: 'related to' }],
    });
    expect(result.ok ? result.notes : []).toEqual([expect.stringContaining('"Anna Smith" → Anna-Smith'), expect.stringContaining('"a" → edge-a')]);
  });

  it("reads NetworkX's cytoscape_data: the graph-level directed applies to every edge, and says what it could not keep", () => {
    const networkx = {
      data: [], directed: false, multigraph: false,
      elements: {
        nodes: [{ data: { id: 'Kim Jong Un', value: 'Kim Jong Un', name: 'Kim Jong Un' } }, { data: { id: 'Xi', value: 'Xi', name: 'Xi', parent: 'leaders' } }],
        edges: [{ data: { source: 'Kim Jong Un', target: 'Xi', weight: 3 } }],
      },
    };
    const result = cytoscapeJsonToDraft(networkx);
    expect(draftOf(result).edges).toEqual([{ id: 'edge-1', source: 'Kim-Jong-Un', target: 'Xi', label: 'related to', directed: false }]);
    expect(draftOf(cytoscapeJsonToDraft({ elements: [{ data: { id: 'a' } }, { data: { source: 'a', target: 'a', relation: 'self' } }] })).edges[0]?.type).toBe('self');
    expect(result.ok ? result.notes : []).toEqual([
      expect.stringContaining('"Kim Jong Un" → Kim-Jong-Un'),
      expect.stringMatching(/1 node\(s\) sat inside a compound \(parent\) node/),
      'Not kept (a story has no place for them): data fields "weight".',
    ]);
  });
});
