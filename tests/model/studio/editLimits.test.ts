import { describe, expect, it } from 'vitest';
import { articleFromText, splitLongText } from '../../../src/model/studio/articleFromText';
import { draftLimitProblem } from '../../../src/model/studio/editLimits';
import { aliasesProblem, quotesFull, textTooLong } from '../../../src/model/studio/fieldLimits';
import { addEvidence, newStory, updateNode } from '../../../src/model/studio/storyEdits';
import { parseDraft } from '../../../src/model/story/parseStory';
import { LIMITS } from '../../../src/model/story/storyLimits';
import { smallStory } from '../../helpers/stories';

describe('studio edit limits', () => {
  it('says nothing of a story that will open again', () => {
    expect(draftLimitProblem(smallStory())).toBeNull();
  });

  it('names the element and the limit a draft would break, in a curator’s words', () => {
    const names = Array.from({ length: 21 }, (_, i) => `Name ${i}`);
    expect(draftLimitProblem(updateNode(smallStory(), 'ben', { aliases: names }))).toBe('Node “Ben”, other names: at most 20 items, not 21.');
    expect(draftLimitProblem(updateNode(smallStory(), 'ben', { summary: 'x'.repeat(2001) }))).toBe('Node “Ben”, summary: at most 2,000 characters, not 2,001.');
    let story = smallStory();
    for (let i = 1; i <= LIMITS.evidence; i++) story = addEvidence(story, { kind: 'edge', id: 'anna-met-ben' }, { paragraph: 'p1', quote: 'Anna', suffix: ` ${i}` });
    expect(draftLimitProblem(story)).toBe('Relation “met with”, quotes: at most 100 items, not 101.');
    const long = smallStory();
    long.article.paragraphs[1]!.text = 'a'.repeat(20_001);
    expect(draftLimitProblem(long)).toBe('Paragraph 2, text: at most 20,000 characters, not 20,001.');
  });

  it('words field checks for the curator', () => {
    expect(textTooLong('abc', 3)).toBeNull();
    expect(textTooLong('x'.repeat(2345), 2000)).toBe('2,345 characters: at most 2,000 (345 too many).');
    expect(aliasesProblem(['a', 'b'])).toBeNull();
    expect(aliasesProblem(Array.from({ length: 23 }, (_, i) => `n${i}`))).toBe('23 other names: at most 20.');
    expect(aliasesProblem(['x'.repeat(161)])).toMatch(/has 161 characters: at most 160 each/);
    expect(quotesFull(99)).toBeNull();
    expect(quotesFull(100)).toMatch(/100 quotes, the most/);
  });
});

describe('pasted article text over the paragraph limit', () => {
  it('is split at sentence ends into paragraphs that fit, losing no word', () => {
    const sentence = 'The council met again on Tuesday to hear the fishers. ';
    const block = sentence.repeat(1000).trim(); // 54,999 characters, no line break
    const { paragraphs, split } = articleFromText(`Short opening.\n\n${block}\n\nA closing line.`);
    expect(split).toEqual([{ first: 2, length: block.length, parts: 3 }]);
    expect(paragraphs).toHaveLength(5);
    for (const p of paragraphs) expect(p.text.length).toBeLessThanOrEqual(LIMITS.paragraphText);
    expect(paragraphs[1]!.text.endsWith('fishers.')).toBe(true);
    expect(paragraphs.slice(1, 4).map((p) => p.text).join(' ')).toBe(block);
    expect(paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(parseDraft(newStory('Long', paragraphs)).ok).toBe(true);
  });

  it('cuts at a space, or at the limit, when there is no sentence end', () => {
    expect(splitLongText('aaaa bbbb cccc', 9)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitLongText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(splitLongText('short', 9)).toEqual(['short']);
  });
});
