import { describe, expect, it } from 'vitest';
import { idChoices } from '../../src/model/embed/idChoices';
import { announceSelection, describeSelection } from '../../src/model/graph/describe';
import { listRows } from '../../src/model/graph/listRows';
import { brightSet, relationsOf, selectionExists } from '../../src/model/graph/neighbourhood';
import { selectionForId } from '../../src/model/graph/selectionForId';
import { buildStoryIndex } from '../../src/model/graph/storyIndex';
import { countByType } from '../../src/model/graph/typeCounts';
import { storyToCsv } from '../../src/model/interchange/csv';
import { csvToDraft } from '../../src/model/interchange/csvRead';
import { storyToCytoscapeJson } from '../../src/model/interchange/cytoscapeJson';
import { cytoscapeJsonToDraft } from '../../src/model/interchange/cytoscapeJsonRead';
import type { DraftResult } from '../../src/model/interchange/draft';
import { storyToGexf } from '../../src/model/interchange/gexf';
import { storyToGraphML } from '../../src/model/interchange/graphml';
import { positionsById } from '../../src/model/layout/layoutGraph';
import { searchNodes } from '../../src/model/search/searchNodes';
import { checkIntegrity } from '../../src/model/story/checkIntegrity';
import { setPositions } from '../../src/model/studio/storyEdits';
import { expectedDraft } from './interchange/trickyStory';
import { loadStory } from '../helpers/stories';

// Ids, types, paragraph ids, labels, aliases and relation kinds named after Object.prototype's members: any
// look-up keyed by story text through a plain object finds those members instead of nothing.
const story = loadStory('tests/fixtures/odd-names-story.json');
const index = buildStoryIndex(story);
const draftOf = (result: DraftResult) => {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  // The story's frame (article, title) is compared where it matters; here the graph.
  const graph = { ...result.draft };
  delete graph.frame;
  return graph;
};

describe('a story whose names are those of Object.prototype', () => {
  it('is valid, and uses each odd name where a look-up would stumble on it', () => {
    expect(checkIntegrity(story)).toEqual([]);
    expect(story.nodes.map((n) => n.type)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']));
    expect(story.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']));
    expect(story.edges.map((e) => e.type)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']));
    expect(story.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']));
    expect(story.article.paragraphs.map((p) => p.id)).toEqual(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype']);
  });

  it('indexes every node, relation and paragraph, and anchors every quote', () => {
    expect([...index.nodes.keys()]).toEqual(story.nodes.map((n) => n.id));
    expect([...index.edges.keys()]).toEqual(story.edges.map((e) => e.id));
    expect(index.paragraphNumber.get('prototype')).toBe(5);
    const quotes = [...story.nodes, ...story.edges].reduce((sum, element) => sum + element.evidence.length, 0);
    expect([...index.evidenceByParagraph.values()].flat()).toHaveLength(quotes);
    expect(index.evidenceByOwner.get('node:constructor')?.map((e) => e.paragraphId)).toEqual(['constructor', 'prototype']);
  });

  it('counts, lists and describes by type and id', () => {
    expect(countByType(story.nodes)).toEqual(story.nodes.map((n) => ({ type: n.type, count: 1 })));
    const rows = listRows(story.nodes, index, ['__proto__']);
    expect(rows.filter((r) => r.kind === 'type').map((r) => r.type)).toEqual(story.nodes.map((n) => n.type).filter((t) => t !== '__proto__'));
    expect(rows.some((r) => r.kind === 'node' && r.node.id === 'constructor')).toBe(false);
    expect(describeSelection(index, { kind: 'edge', id: 'then' })).toBe('constructor constructor toString');
    expect(announceSelection(index, { kind: 'node', id: 'toString' })).toBe('Selected constructor constructor: 3 relations, 1 supporting quote.');
  });

  it('finds nothing for an odd name the story does not use', () => {
    expect(index.nodes.get('__proto__')).toBeUndefined();
    expect(index.nodes.get('toLocaleString')).toBeUndefined();
    expect(index.paragraphs.get('isPrototypeOf')).toBeUndefined();
    expect(selectionForId(index, '__proto__')).toBeNull();
    expect(selectionForId(index, 'toLocaleString')).toEqual({ kind: 'edge', id: 'toLocaleString' });
    expect(selectionExists(index, { kind: 'edge', id: 'constructor' })).toBe(false);
    expect(relationsOf(index, '__proto__')).toEqual([]);
    expect(brightSet(index, null, ['__proto__', 'valueOf'])?.nodes).toEqual(new Set(['valueOf']));
  });

  it('searches labels and aliases', () => {
    expect(searchNodes(story.nodes, '__proto__').map((hit) => [hit.node.id, hit.matchedAlias])).toEqual([
      ['constructor', undefined],
      ['hasOwnProperty', '__proto__'],
    ]);
    expect(searchNodes(story.nodes, 'constructor').map((hit) => hit.node.id)).toEqual(['toString']);
  });

  it('offers every id to embed', () => {
    const choices = idChoices(index);
    expect(choices.nodes.map((c) => c.selection.id).sort()).toEqual(story.nodes.map((n) => n.id).sort());
    expect(choices.edges.map((c) => c.selection.id).sort()).toEqual(story.edges.map((e) => e.id).sort());
  });

  it('saves positions for the nodes given, and only for them', () => {
    // A plain object of positions for one dragged node would hand `constructor`, `toString` and `valueOf` the
    // members Object.prototype has under those names, and save NaN for them.
    const moved = setPositions(story, new Map([['prototype', { x: 10.4, y: 20.6 }]]));
    expect(moved.nodes.map((n) => n.position)).toEqual(story.nodes.map((n) => (n.id === 'prototype' ? { x: 10, y: 21 } : n.position)));
    const laidOut = positionsById(['constructor', 'valueOf'], new Float64Array([1, 2, 3, 4]));
    expect(laidOut.get('constructor')).toEqual({ x: 1, y: 2 });
    expect(laidOut.get('toString')).toBeUndefined();
  });

  it('exports GraphML, GEXF, CSV and Cytoscape JSON with every node and relation, and reads the last two back', () => {
    const graphml = storyToGraphML(story);
    const gexf = storyToGexf(story);
    for (const text of [graphml, gexf]) {
      for (const element of [...story.nodes, ...story.edges]) expect(text).toContain(`id="${element.id}"`);
    }
    expect(graphml).toContain('<data key="node_type">__proto__</data>');
    expect(gexf).toContain('<attvalue for="type" value="__proto__"/>');
    const csv = storyToCsv(story);
    expect(draftOf(csvToDraft(csv.nodes, csv.edges))).toEqual(expectedDraft(story));
    expect(draftOf(cytoscapeJsonToDraft(JSON.parse(JSON.stringify(storyToCytoscapeJson(story)))))).toEqual(expectedDraft(story));
  });
});
