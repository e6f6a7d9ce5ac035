import { describe, expect, it } from 'vitest';
import { nameTheArticle, nodeMentions, relationMentions } from '../../../src/model/mentions/findMentions';
import type { Mention } from '../../../src/model/mentions/mention';
import { defaultStory } from '../../helpers/stories';
import { expectAnchoredWhereFound, storyOf } from './mentionHelpers';

const quotes = (mentions: readonly Mention[]) => mentions.map((m) => m.quote);

describe('nodeMentions', () => {
  it('finds the label and aliases as whole words, folding case, accents, quote marks and dashes, possessives included', () => {
    const story = storyOf(
      [
        'KIM met Xi. Kim’s visit ended; kim\'s aides left. Kimilsungism is not Kim, nor is Akim.',
        'The Marxism–Leninism of Ðoàn and O’Brien, and MARXISM-LENINISM again.',
      ],
      [
        { id: 'kim', label: 'Kim' },
        { id: 'ml', label: 'Marxism-Leninism', aliases: ['Doan', "O'Brien"] },
      ],
    );
    const kim = nodeMentions(story, 'kim');
    expect(quotes(kim.mentions)).toEqual(['KIM', 'Kim', 'kim', 'Kim']);
    expectAnchoredWhereFound(story, kim.mentions);
    const ml = nodeMentions(story, 'ml');
    expect(quotes(ml.mentions)).toEqual(['Marxism–Leninism', 'Ðoàn', 'O’Brien', 'MARXISM-LENINISM']);
    expectAnchoredWhereFound(story, ml.mentions);
  });

  it('gives a repeated word just enough context to anchor where it was found, and leaves out what the node already quotes', () => {
    const story = storyOf(['Ben spoke first. Later Ben spoke again, and Ben left.'], [{ id: 'ben', label: 'Ben', evidence: [{ paragraph: 'p1', quote: 'Ben spoke first' }] }]);
    const { mentions, left } = nodeMentions(story, 'ben');
    expect(left).toBe(0);
    expect(mentions.map((m) => m.start)).toEqual([23, 44]);
    for (const m of mentions) expect(m.prefix !== undefined || m.suffix !== undefined).toBe(true);
    expectAnchoredWhereFound(story, mentions);
  });

  it('lets the longest name win, so an alias inside another node’s name is not a mention', () => {
    const story = storyOf(['Kim Jong Il was the father of Kim Jong Un. Kim smiled.'], [
      { id: 'un', label: 'Kim Jong Un', aliases: ['Kim'] },
      { id: 'il', label: 'Kim Jong Il' },
    ]);
    expect(quotes(nodeMentions(story, 'un').mentions)).toEqual(['Kim Jong Un', 'Kim']);
    expect(quotes(nodeMentions(story, 'il').mentions)).toEqual(['Kim Jong Il']);
  });

  it('finds nothing for an unknown node, and stops at its limit, counting the rest', () => {
    const story = storyOf(['Ana and Ana and Ana and Ana.'], [{ id: 'ana', label: 'Ana' }]);
    expect(nodeMentions(story, 'nobody')).toEqual({ mentions: [], left: 0 });
    const capped = nodeMentions(story, 'ana', { limit: 2 });
    expect(capped.mentions).toHaveLength(2);
    expect(capped.left).toBe(2);
  });

  it('offers every unquoted mention of the default story’s nodes, each anchoring where found', () => {
    const story = defaultStory();
    const named = nameTheArticle(story);
    const kim = nodeMentions(story, 'kim-jong-un', { named });
    // "Kim" stands alone in eight places; "Kim Jong Un" twice more than its quotes cover; never inside "Kim Jong Il".
    expect(kim.mentions.length).toBeGreaterThanOrEqual(8);
    expect(kim.mentions.some((m) => m.quote === 'Kim Jong Un' && m.paragraph === 'p9')).toBe(true);
    for (const node of story.nodes) expectAnchoredWhereFound(story, nodeMentions(story, node.id, { named }).mentions);
  });
});

describe('relationMentions', () => {
  it('offers the sentences that name both ends, except one the relation already quotes', () => {
    const story = storyOf(['Anna met Ben in Paris. Ben’s aide phoned Anna. Only Ben came back.', 'Later, ANNA and Ben signed.'], [
      { id: 'anna', label: 'Anna' },
      { id: 'ben', label: 'Ben' },
    ]);
    const found = relationMentions(story, { source: 'anna', target: 'ben', evidence: [{ paragraph: 'p1', quote: 'Anna met Ben' }] });
    expect(quotes(found.mentions)).toEqual(['Ben’s aide phoned Anna.', 'Later, ANNA and Ben signed.']);
    expectAnchoredWhereFound(story, found.mentions);
  });

  it('anchors a sentence that occurs twice in a paragraph at the one where both ends stand', () => {
    const story = storyOf(['Anna met Ben. Then rain. Anna met Ben. Then sun.'], [
      { id: 'anna', label: 'Anna' },
      { id: 'ben', label: 'Ben' },
    ]);
    const found = relationMentions(story, { source: 'anna', target: 'ben' });
    expect(found.mentions.map((m) => m.start)).toEqual([0, 25]);
    expectAnchoredWhereFound(story, found.mentions);
  });
});
