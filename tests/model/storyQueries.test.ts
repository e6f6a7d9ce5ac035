import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentParagraph } from '../../src/model/article/segmentParagraph';
import { quoteExcerpt } from '../../src/model/article/quoteExcerpt';
import { relationsOf, selectNeighbourhood } from '../../src/model/graph/neighbourhood';
import { buildStoryIndex } from '../../src/model/graph/storyIndex';
import { searchNodes } from '../../src/model/search/searchNodes';
import { searchWithSelection, selectionFromSearch } from '../../src/model/selection/selectionUrl';
import { parseStoryText } from '../../src/model/story/parseStory';

const result = parseStoryText(readFileSync('tests/fixtures/small-story.json', 'utf8'));
if (!result.ok) throw new Error('fixture invalid');
const { story } = result;
const index = buildStoryIndex(story);

describe('story index', () => {
  it('anchors every evidence item and files it under its paragraph', () => {
    const p2 = index.evidenceByParagraph.get('p2') ?? [];
    expect(p2.map((e) => [e.owner.id, e.start, e.end])).toEqual([
      ['ben-leads-northland', 0, 19],
      ['ben', 0, 9],
      ['northland', 10, 19],
    ]);
  });

  it('lists the relations of a node from its side', () => {
    expect(relationsOf(index, 'ben').map((r) => [r.edge.label, r.direction, r.otherId])).toEqual([
      ['met with', 'in', 'anna'],
      ['leads', 'out', 'northland'],
    ]);
  });

  it('keeps a node’s neighbourhood, or an edge and its ends', () => {
    const around = selectNeighbourhood(index, { kind: 'node', id: 'anna' });
    expect([...around.nodes].sort()).toEqual(['anna', 'ben']);
    expect([...around.edges]).toEqual(['anna-met-ben']);
    expect([...selectNeighbourhood(index, { kind: 'edge', id: 'ben-leads-northland' }).nodes]).toEqual(['ben', 'northland']);
    expect(selectNeighbourhood(index, { kind: 'node', id: 'nobody' }).edges.size).toBe(0);
  });
});

describe('segmentParagraph', () => {
  it('splits overlapping ranges into flat segments that list what covers them', () => {
    const segments = segmentParagraph('Ben leads Northland.', [
      { start: 0, end: 19, id: 'edge' },
      { start: 10, end: 19, id: 'nation' },
    ]);
    expect(segments.map((s) => [s.text, s.covering.map((c) => c.id)])).toEqual([
      ['Ben leads ', ['edge']],
      ['Northland', ['edge', 'nation']],
      ['.', []],
    ]);
  });
});

describe('quoteExcerpt', () => {
  it('cuts context at word boundaries and marks the cut', () => {
    const text = 'one two three four five six seven eight nine ten';
    const at = text.indexOf('five');
    expect(quoteExcerpt(text, at, at + 4, 9)).toEqual({ before: '…four ', quote: 'five', after: ' six…' });
    expect(quoteExcerpt(text, 0, 3, 200)).toEqual({ before: '', quote: 'one', after: text.slice(3) });
  });
});

describe('searchNodes', () => {
  it('finds by label prefix, word and alias, best first, ignoring case', () => {
    expect(searchNodes(story.nodes, 'an').map((h) => h.node.id)).toEqual(['anna', 'northland']);
    expect(searchNodes(story.nodes, 'TALKS').map((h) => h.node.id)).toEqual(['talks']);
    expect(searchNodes(story.nodes, 'ms a')).toEqual([{ node: story.nodes[0], matchedAlias: 'Ms A' }]);
    expect(searchNodes(story.nodes, '  ')).toEqual([]);
  });
});

describe('selection in the URL', () => {
  it('reads ?node= and ?edge=', () => {
    expect(selectionFromSearch('?node=anna')).toEqual({ kind: 'node', id: 'anna' });
    expect(selectionFromSearch('?edge=anna-met-ben&x=1')).toEqual({ kind: 'edge', id: 'anna-met-ben' });
    expect(selectionFromSearch('?story=a.json')).toBeNull();
  });

  it('writes the selection and keeps other parameters', () => {
    expect(searchWithSelection('?story=a.json&node=ben', { kind: 'edge', id: 'x y' })).toBe('?story=a.json&edge=x+y');
    expect(searchWithSelection('?node=ben', null)).toBe('');
  });
});

describe('tour step in the URL', () => {
  it('reads ?step= as readers count (from 1) and ignores nonsense', async () => {
    const { stepFromSearch, searchWithView } = await import('../../src/model/selection/selectionUrl');
    expect(stepFromSearch('?step=3')).toBe(2);
    expect(stepFromSearch('?step=0')).toBeNull();
    expect(stepFromSearch('?step=two')).toBeNull();
    expect(searchWithView('?story=a.json&step=2&node=x', { selection: { kind: 'node', id: 'y' }, step: 4 })).toBe('?story=a.json&node=y&step=5');
    expect(searchWithView('?step=2', { selection: null, step: null })).toBe('');
  });
});
