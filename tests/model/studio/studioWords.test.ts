import { describe, expect, it } from 'vitest';
import { curatorWords, noProblemsText } from '../../../src/model/studio/curatorProblems';
import { addEdge, newStory } from '../../../src/model/studio/storyEdits';
import { parseDraft } from '../../../src/model/story/parseStory';
import { typedQuoteHint, typedQuoteHintText } from '../../../src/model/studio/typedQuoteHint';
import { smallStory } from '../../helpers/stories';

describe('problems in the studio’s words', () => {
  it('names nodes and relations by what the curator sees, never “Edge” or an id, and says what to do', () => {
    const { story } = addEdge(smallStory(), { source: 'ben', target: 'anna', label: 'thanked' });
    const messages = parseDraft(story).problems.map((p) => curatorWords(story)(p.message));
    expect(messages).toEqual(['Relation “Ben thanked Anna” needs at least one quote: select words in the article that support it, then “Add as evidence”.']);
    for (const message of messages) expect(message).not.toMatch(/\bEdge\b|"ben"/);
  });

  it('numbers paragraphs as the article does, and names a missing end', () => {
    const reword = curatorWords(smallStory());
    expect(reword('Node "anna": the quote is not in paragraph "p2" word for word.')).toBe('Node “Anna”: the quote is not in paragraph 2 word for word.');
    expect(reword('Edge "anna-met-ben" target "zoe" is not a node of this story.')).toBe('Relation “Anna met with Ben” ends at “zoe”, which is not a node of this story.');
  });

  it('does not say an empty story passes every check', () => {
    const empty = newStory('Empty', [{ id: 'p1', text: 'Words.' }]);
    expect(parseDraft(empty).problems).toEqual([]);
    expect(noProblemsText(empty)).toMatch(/^Nothing to check yet: the story has no nodes/);
    expect(noProblemsText(smallStory())).toMatch(/^None: every node and relation has its quotes/);
  });
});

describe('typed words refused for their typography', () => {
  const paragraph = 'Ruiz called the plan “a gift to developers” on Monday — twice.';
  it('says when only the quote marks differ, and gives the article’s words', () => {
    const hint = typedQuoteHint(paragraph, 'the plan "a gift to developers"');
    expect(hint).toEqual({ difference: 'quote-marks', passage: 'the plan “a gift to developers”' });
    expect(hint && typedQuoteHintText(hint)).toMatch(/only the quote marks differ/);
  });

  it('tells other typography apart, and says nothing when the words themselves differ', () => {
    expect(typedQuoteHint(paragraph, 'on monday - twice')?.difference).toBe('typography');
    expect(typedQuoteHint(paragraph, 'a present to builders')).toBeNull();
  });
});
