import { describe, expect, it } from 'vitest';
import { acceptSuggestion, mergeSuggestion } from '../../../src/model/mentions/acceptSuggestion';
import { nodeMentions } from '../../../src/model/mentions/findMentions';
import { suggestNodes } from '../../../src/model/mentions/suggestNodes';
import { parseStory } from '../../../src/model/story/parseStory';
import type { Story } from '../../../src/model/story/types';
import { defaultStory } from '../../helpers/stories';

const problemsOf = (story: Story) => {
  const result = parseStory(JSON.parse(JSON.stringify(story)));
  return result.ok ? [] : result.problems;
};

describe('accepting and merging suggestions', () => {
  it('accepting every suggestion on the bare article gives a story that passes every check, each node with its quotes', () => {
    const bare = { ...defaultStory(), nodes: [], edges: [], steps: [] };
    let story: Story = bare;
    for (const suggestion of suggestNodes(bare)) story = acceptSuggestion(story, suggestion).story;
    expect(story.nodes.length).toBeGreaterThanOrEqual(35);
    expect(problemsOf(story)).toEqual([]);
    const putin = story.nodes.find((n) => n.label === 'Vladimir Putin');
    expect(putin).toMatchObject({ type: 'person', aliases: ['Putin'] });
    expect(putin?.evidence.map((e) => e.quote)).toEqual(['Vladimir Putin', 'Putin', 'Putin']);
    // Accepted nodes' mentions are all quoted, so finding mentions has nothing more to offer.
    expect(nodeMentions(story, putin?.id ?? '').mentions).toEqual([]);
  });

  it('merging a suggestion into the node it varies adds its name as an alias and its mentions as quotes', () => {
    const story = defaultStory();
    const withoutKim: Story = { ...story, nodes: story.nodes.map((n) => (n.id === 'kim-jong-un' ? { ...n, aliases: ['Supreme Leader'] } : n)) };
    const kim = suggestNodes(withoutKim).find((s) => s.label === 'Kim');
    expect(kim?.closest?.id).toBe('kim-jong-un');
    if (!kim) return;
    const merged = mergeSuggestion(withoutKim, kim, 'kim-jong-un');
    const node = merged.nodes.find((n) => n.id === 'kim-jong-un');
    expect(node?.aliases).toEqual(['Supreme Leader', 'Kim']);
    expect(node?.evidence.length).toBe((story.nodes.find((n) => n.id === 'kim-jong-un')?.evidence.length ?? 0) + kim.mentions.length);
    expect(problemsOf(merged)).toEqual([]);
    expect(mergeSuggestion(withoutKim, kim, 'nobody')).toBe(withoutKim);
  });
});
