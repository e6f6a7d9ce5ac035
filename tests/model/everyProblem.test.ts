import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDraft, parseStory, parseStoryText } from '../../src/model/story/parseStory';
import type { Problem } from '../../src/model/story/types';

const smallStory = () => JSON.parse(readFileSync('tests/fixtures/small-story.json', 'utf8'));
const byPath = (a: Problem, b: Problem) => a.path.localeCompare(b.path);
/** The problems of a story that must fail, in path order (the order of the list is not the point here). */
const problemsOf = (input: unknown): Problem[] => {
  const result = parseStory(input);
  if (result.ok) throw new Error('unexpectedly valid');
  return [...result.problems].sort(byPath);
};

describe('one run lists every problem', () => {
  it('reports a missing field, a quote that does not anchor and a dangling edge together, each once', () => {
    const result = parseStoryText(readFileSync('tests/fixtures/invalid-several-faults.json', 'utf8'));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : [...result.problems].sort(byPath)).toEqual([
      { path: 'edges[1].target', message: 'Edge "ben-leads-northland" target "southland" is not a node of this story.' },
      { path: 'nodes[1].type', message: 'Is required but missing.' },
      {
        path: 'nodes[3].evidence[0].quote',
        message:
          'Node "talks": the quote is not in paragraph "p1" word for word. Closest passage (differs only in quote marks, dashes, case or spacing): the talks were “frank and useful”',
      },
    ]);
  });

  it('checks the quotes of a node whose own shape failed, naming it by its id', () => {
    const story = smallStory();
    delete story.nodes[3].label;
    story.nodes[3].evidence.push({ paragraph: 'p1', quote: 'Berlin' });
    expect(problemsOf(story)).toEqual([
      { path: 'nodes[3].evidence[1].quote', message: expect.stringMatching(/^Node "talks": the quote is not in paragraph "p1" word for word\./) },
      { path: 'nodes[3].label', message: 'Is required but missing.' },
    ]);
  });

  it('names an element without a usable id by where it stands', () => {
    const story = smallStory();
    story.edges[0].id = 'anna met ben';
    story.edges[0].evidence = [];
    story.nodes[0].id = '';
    story.nodes[0].evidence[0].paragraph = 'p7';
    const problems = problemsOf(story);
    expect(problems.filter((p) => p.path.endsWith('.id')).map((p) => p.path)).toContain('edges[0].id');
    expect(problems.filter((p) => p.path.endsWith('.id')).map((p) => p.path)).toContain('nodes[0].id');
    expect(problems.filter((p) => !p.path.endsWith('.id'))).toEqual([
      { path: 'edges[0].evidence', message: 'The edge at edges[0] needs at least one evidence quote.' },
      // Its source was the node whose id is now empty: that end dangles, as it would if the node had been renamed.
      { path: 'edges[0].source', message: 'The edge at edges[0] source "anna" is not a node of this story.' },
      { path: 'nodes[0].evidence[0].paragraph', message: 'The node at nodes[0] cites paragraph "p7", which the article does not have.' },
    ]);
  });

  it('still checks edge ends against a node whose other fields failed, and ids for duplicates', () => {
    const story = smallStory();
    story.nodes[2].type = '';
    story.edges[1].id = 'ben';
    expect(problemsOf(story)).toEqual([
      { path: 'edges[1].id', message: 'Id "ben" is already used at nodes[1].id; node and edge ids must be unique.' },
      { path: 'nodes[2].type', message: 'Must not be empty.' },
    ]);
  });

  it('does not repeat a fault the schema has named', () => {
    const story = smallStory();
    story.edges[0].target = 'Kim Jong Un'; // not an id at all: one problem, not also "is not a node"
    story.nodes[1].evidence[0].quote = ' '; // blank: one problem, not also "is not in the paragraph"
    story.article.paragraphs[1].text = ''; // unreadable: its quotes are not reported as citing a missing paragraph
    expect(problemsOf(story).map((p) => p.path)).toEqual(['article.paragraphs[1].text', 'edges[0].target', 'nodes[1].evidence[0].quote']);
  });

  it('does not report every quote when the article has no paragraphs or the nodes are missing', () => {
    const story = smallStory();
    story.article.paragraphs = [];
    delete story.nodes;
    story.edges[1].evidence[0].quote = 'nowhere';
    expect(problemsOf(story).map((p) => p.path)).toEqual(['article.paragraphs', 'nodes']);
  });

  it('checks tour steps against the ids the story has, even when another part failed', () => {
    const story = smallStory();
    story.title = '';
    story.steps = [{ title: 'Gone', text: '', focus: ['carla'] }];
    expect(problemsOf(story).map((p) => p.path)).toEqual(['steps[0].focus[0]', 'title']);
  });

  it('gives a draft the same list', () => {
    const story = smallStory();
    delete story.nodes[1].type;
    story.edges[1].target = 'southland';
    const draft = parseDraft(story);
    expect(draft.ok).toBe(false);
    expect(draft.problems.map((p) => p.path).sort()).toEqual(['edges[1].target', 'nodes[1].type']);
  });

  it('lists only the schema’s problem for something that is not a story at all', () => {
    expect(problemsOf(null)).toHaveLength(1);
    expect(problemsOf({ nodes: 'many', edges: [null, 3], article: { paragraphs: {} } }).map((p) => p.path)).toEqual([
      'article.paragraphs',
      'article.title',
      'edges[0]',
      'edges[1]',
      'id',
      'nodes',
      'title',
      'version',
    ]);
  });
});
