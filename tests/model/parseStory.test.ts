import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory, parseStoryText } from '../../src/model/story/parseStory';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const problemsOf = (name: string) => {
  const result = parseStoryText(fixture(name));
  if (result.ok) throw new Error(`${name} unexpectedly valid`);
  return result.problems;
};

describe('parseStory', () => {
  it('accepts a valid story and keeps its content', () => {
    const result = parseStoryText(fixture('small-story.json'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.story.nodes.map((n) => n.id)).toEqual(['anna', 'ben', 'northland', 'talks']);
      expect(result.story.nodes[3]?.type).toBe('summit');
    }
  });

  it('names each schema fault with its path', () => {
    const problems = problemsOf('invalid-schema.json');
    const paths = problems.map((p) => p.path);
    expect(paths).toContain('version');
    expect(paths).toContain('title');
    expect(paths).toContain('nodes[0]');
    expect(problems.find((p) => p.path === 'nodes[0]')?.message).toMatch(/postion/);
  });

  it('reports an edge whose end is not a node', () => {
    expect(problemsOf('invalid-dangling-edge.json')).toEqual([
      { path: 'edges[1].target', message: 'Edge "ben-leads-northland" target "southland" is not a node of this story.' },
    ]);
  });

  it('reports a duplicate id across nodes and edges', () => {
    const [problem] = problemsOf('invalid-duplicate-id.json');
    expect(problem?.path).toBe('edges[0].id');
    expect(problem?.message).toMatch(/"ben" is already used at nodes\[1\]\.id/);
  });

  it('shows the closest passage when straight quotes stand for curly ones', () => {
    const [problem] = problemsOf('invalid-straight-quotes.json');
    expect(problem?.path).toBe('nodes[3].evidence[0].quote');
    expect(problem?.message).toContain('differs only in quote marks');
    expect(problem?.message).toContain('the talks were “frank and useful”');
  });

  it('asks for prefix or suffix when a quote occurs twice', () => {
    const [problem] = problemsOf('invalid-ambiguous-quote.json');
    expect(problem).toMatchObject({ path: 'nodes[1].evidence[0].quote' });
    expect(problem?.message).toMatch(/occurs 2 times in paragraph "p2"/);
  });

  it('reports evidence citing an unknown paragraph', () => {
    expect(problemsOf('invalid-unknown-paragraph.json')).toEqual([
      { path: 'nodes[2].evidence[0].paragraph', message: 'Node "northland" cites paragraph "p9", which the article does not have.' },
    ]);
  });

  it('requires at least one evidence item', () => {
    expect(problemsOf('invalid-no-evidence.json')).toEqual([{ path: 'nodes[2].evidence', message: 'Node "northland" needs at least one evidence quote.' }]);
  });

  it('turns a JSON syntax error into a problem', () => {
    const [problem] = problemsOf('invalid-not-json.json');
    expect(problem?.message).toMatch(/^This is not valid JSON/);
  });

  it('rejects non-objects, empty strings and unsafe source links', () => {
    expect(parseStory(null).ok).toBe(false);
    expect(parseStory('story').ok).toBe(false);
    const story = JSON.parse(fixture('small-story.json'));
    story.nodes[0].label = '   ';
    story.article.source.url = 'javascript:alert(1)';
    const result = parseStory(story);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(['article.source.url', 'nodes[0].label']);
    }
  });
});

describe('tour steps', () => {
  it('accepts steps that name existing nodes, edges and paragraphs, and reports those that do not', () => {
    const story = JSON.parse(fixture('small-story.json'));
    story.steps = [
      { title: 'Meet', text: 'Anna meets Ben.', focus: ['anna', 'anna-met-ben'], select: 'anna', paragraph: 'p1' },
      { title: 'Gone', text: '', focus: ['carla'], select: 'nobody', paragraph: 'p7' },
    ];
    const result = parseStory(story);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(['steps[1].focus[0]', 'steps[1].select', 'steps[1].paragraph']);
      expect(result.problems[0]?.message).toBe('Step 2 focuses "carla", which is not a node or edge of this story.');
    }
    story.steps.pop();
    expect(parseStory(story).ok).toBe(true);
  });
});

describe('problem wording', () => {
  it('says length limits in a curator’s words', () => {
    const story = JSON.parse(fixture('small-story.json'));
    story.nodes[0].label = 'x'.repeat(161);
    const result = parseStory(story);
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'nodes[0].label', message: 'Is too long: at most 160 characters.' }]);
  });
});
