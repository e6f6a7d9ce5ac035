import { describe, expect, it } from 'vitest';
import { repairDraft } from '../../../src/model/studio/repairDraft';
import { parseDraft } from '../../../src/model/story/parseStory';
import { smallStory } from '../../helpers/stories';

describe('a repaired copy of a draft set aside for breaking the limits', () => {
  it('splits a paragraph that is too long, and its quotes follow their words', () => {
    const story = smallStory();
    const filler = 'The council met again on Tuesday. '.repeat(700);
    story.article.paragraphs[1]!.text = `Ben leads Northland. ${filler}Ben leads it firmly, critics say.`;
    story.nodes[1]!.evidence = [{ paragraph: 'p2', quote: 'Ben leads it firmly' }];
    expect(parseDraft(story).ok).toBe(false);
    const repaired = repairDraft(story);
    expect(repaired?.changes).toEqual(['Paragraph 2 had 23,854 characters: split into 2 paragraphs, its quotes moved with their words.']);
    expect(repaired?.story.article.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p2-2']);
    expect(repaired?.story.nodes[1]?.evidence).toEqual([{ paragraph: 'p2-2', quote: 'Ben leads it firmly' }]);
    expect(repaired?.story.edges[1]?.evidence[0]?.paragraph).toBe('p2');
    expect(parseDraft(repaired?.story).ok && parseDraft(repaired?.story)).toMatchObject({ problems: [] });
  });

  it('keeps the first 20 other names and 100 quotes, and cuts an over-long summary, saying so', () => {
    const story = smallStory();
    story.nodes[1]!.aliases = Array.from({ length: 23 }, (_, i) => `Name ${i + 1}`);
    story.nodes[1]!.summary = 's'.repeat(2_100);
    story.edges[0]!.evidence = Array.from({ length: 101 }, () => ({ paragraph: 'p1', quote: 'Anna met Ben in Paris' }));
    const repaired = repairDraft(story);
    expect(repaired?.changes).toEqual([
      'Node “Ben”, other names: kept the first 20 of 23.',
      'Node “Ben”, summary: cut from 2,100 to 2,000 characters.',
      'Relation “met with”, quotes: kept the first 100 of 101.',
    ]);
    expect(repaired?.story.nodes[1]?.aliases).toEqual(story.nodes[1]!.aliases.slice(0, 20));
    // The draft as it was is untouched.
    expect(story.nodes[1]!.aliases).toHaveLength(23);
  });

  it('gives nothing for data that is not a story of this format', () => {
    expect(repairDraft({ version: 2, id: 'x' })).toBeNull();
    expect(repairDraft('not json')).toBeNull();
    expect(repairDraft(smallStory())).toEqual({ story: smallStory(), changes: [] });
  });
});
