import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/model/story/parseStory';
import { addChange, addEdge, addEvidence, addNode, newStory, problemOwner, removeEdge, removeEvidence, removeNode, setPositions, updateEdge, updateNode } from '../../src/model/studio/storyEdits';
import { smallStory } from '../helpers/stories';

describe('story edits', () => {
  it('builds a story from an article, node by node, and reports what is still missing', () => {
    let story = newStory('  Two leaders  ', [{ id: 'p1', text: 'Anna met Ben in Paris.' }]);
    expect(story).toMatchObject({ id: 'two-leaders', title: 'Two leaders', nodes: [], edges: [] });
    const anna = addNode(story, { label: 'Anna', type: 'person', evidence: [{ paragraph: 'p1', quote: 'Anna' }] });
    const ben = addNode(anna.story, { label: 'Ben', type: 'person' });
    const met = addEdge(ben.story, { source: anna.id, target: ben.id, label: 'met', directed: false });
    story = met.story;
    const draft = parseDraft(story);
    expect(draft.ok).toBe(true);
    if (draft.ok) expect(draft.problems.map((p) => p.path)).toEqual(['nodes[1].evidence', 'edges[0].evidence']);
    story = addEvidence(story, { kind: 'node', id: 'ben' }, { paragraph: 'p1', quote: 'Ben' });
    story = addEvidence(story, { kind: 'edge', id: met.id }, { paragraph: 'p1', quote: 'Anna met Ben' });
    story = addEvidence(story, { kind: 'edge', id: met.id }, { paragraph: 'p1', quote: 'Anna met Ben' });
    expect(story.edges[0]?.evidence).toHaveLength(1);
    const done = parseDraft(story);
    expect(done.ok && done.problems).toEqual([]);
  });

  it('never changes the story it was given', () => {
    const before = smallStory();
    const snapshot = JSON.stringify(before);
    updateNode(before, 'anna', { label: 'Anne' });
    removeNode(before, 'ben');
    setPositions(before, new Map([['anna', { x: 1, y: 2 }]]));
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('removes a node with its relations, and edits edges and evidence', () => {
    const story = smallStory();
    expect(removeNode(story, 'ben').edges).toEqual([]);
    expect(removeEdge(story, 'anna-met-ben').edges.map((e) => e.id)).toEqual(['ben-leads-northland']);
    expect(updateEdge(story, 'anna-met-ben', { label: 'dined with' }).edges[0]?.label).toBe('dined with');
    expect(removeEvidence(story, { kind: 'node', id: 'anna' }, 0).nodes[0]?.evidence).toEqual([]);
    expect(setPositions(story, new Map([['anna', { x: 10.6, y: -3.2 }]])).nodes[0]?.position).toEqual({ x: 11, y: -3 });
    expect(addChange(story, { date: '2026-11-27', note: ' Fixed a name. ' }).changes).toEqual([{ date: '2026-11-27', note: 'Fixed a name.' }]);
  });

  it('finds the node or relation a problem is about', () => {
    const story = smallStory();
    expect(problemOwner(story, 'nodes[1].evidence[0].quote')).toEqual({ kind: 'node', id: 'ben' });
    expect(problemOwner(story, 'edges[0].target')).toEqual({ kind: 'edge', id: 'anna-met-ben' });
    expect(problemOwner(story, 'article.title')).toBeNull();
    expect(problemOwner(story, 'nodes[9]')).toBeNull();
  });
});
