import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameTheArticle, nodeMentions, relationMentions } from '../../../src/model/mentions/findMentions';
import { sentenceSpans } from '../../../src/model/mentions/sentences';
import { suggestNodes } from '../../../src/model/mentions/suggestNodes';
import { suggestRelations } from '../../../src/model/mentions/suggestRelations';
import { LIMITS } from '../../../src/model/story/storyLimits';
import type { Story } from '../../../src/model/story/types';
import { expectAnchoredWhereFound, storyOf } from './mentionHelpers';

// The finders read whatever a curator pastes: random and hostile text must give an answer, never an exception, and
// every quote offered must anchor where it was found. (No timing here; npm run bench:suggest measures.)

const RUNS = { numRuns: 120 };

/** Text made of name-like words, punctuation of every kind and odd Unicode, so names, sentences and quotes all occur. */
const piece = fc.constantFrom('Kim', 'kim', 'KIM', 'Kim’s', 'Ðoàn', 'Xi Jinping', 'the', 'of', 'Party', 'socialist', 'socialism', 'meeting', 'military', 'Chinese', 'U.S.', ' ', '  ', '. ', '! ', '“', '”', '’', "'", '–', '-', ',', '\n', 'e\u0301', '\u200d', '👩🏽‍🚀', 'שלום', '\ud800', 'İ');
const paragraphText = fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 60 }).map((parts) => parts.join('') || 'x');
const nodeArb = fc.record({ label: fc.oneof(piece, fc.string({ minLength: 1, maxLength: 8 })), aliases: fc.array(fc.oneof(piece, fc.string({ minLength: 1, maxLength: 8 })), { maxLength: 3 }) });

function randomStory(texts: string[], nodes: { label: string; aliases: string[] }[]): Story {
  return storyOf(texts, nodes.map((n, i) => ({ id: `n${i}`, label: n.label.trim() ? n.label : 'x', aliases: n.aliases.filter((a) => a.trim()) })));
}

describe('the finders on random text', () => {
  it('find mentions of every node and relation that anchor where they were found', () => {
    fc.assert(
      fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 4 }), fc.array(nodeArb, { minLength: 1, maxLength: 4 }), (texts, nodes) => {
        const story = randomStory(texts, nodes);
        const named = nameTheArticle(story);
        for (const node of story.nodes) expectAnchoredWhereFound(story, nodeMentions(story, node.id, { named }).mentions);
        if (story.nodes.length >= 2) expectAnchoredWhereFound(story, relationMentions(story, { source: 'n0', target: 'n1' }, { named }).mentions);
        for (const pair of suggestRelations(story, { named })) expectAnchoredWhereFound(story, pair.sentences);
      }),
      RUNS,
    );
  });

  it('suggest nodes whose mentions anchor, none of them already a node', () => {
    fc.assert(
      fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 4 }), fc.array(nodeArb, { maxLength: 3 }), (texts, nodes) => {
        const story = randomStory(texts, nodes);
        for (const s of suggestNodes(story)) {
          expect(s.mentions.length).toBeGreaterThan(0);
          for (const name of [s.label, ...s.aliases]) expect(name.length).toBeLessThanOrEqual(LIMITS.label);
          expectAnchoredWhereFound(story, s.mentions);
        }
      }),
      RUNS,
    );
  });

  it('cut any text into sentences that cover it in order, without overlap', () => {
    fc.assert(
      fc.property(paragraphText, (text) => {
        let at = 0;
        for (const s of sentenceSpans(text)) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(s.end).toBeGreaterThan(s.start);
          at = s.end;
        }
        expect(at).toBeLessThanOrEqual(text.length);
      }),
      RUNS,
    );
  });
});

describe('the finders on hostile paragraphs', () => {
  const longest = LIMITS.paragraphText;
  const hostile: [string, string][] = [
    ['one 20,000-letter word', 'K'.repeat(longest)],
    ['a name repeated with no other text', 'Kim '.repeat(longest / 4).trim()],
    ['a name with no spaces at all', 'Kim'.repeat(Math.floor(longest / 3))],
    ['20,000 full stops', '.'.repeat(longest)],
    ['20,000 dashes and quote marks', '–”’'.repeat(Math.floor(longest / 3))],
    ['stacked combining marks', `K${'\u0301'.repeat(longest - 2)}m`],
    ['capitalised words without end', Array.from({ length: 3000 }, (_, i) => `Ab${i.toString(36)}`).join(' ').slice(0, longest)],
    ['sentences of names', 'Kim met Xi. '.repeat(Math.floor(longest / 12))],
    ['lone surrogates and joiners', '\ud800Kim\u200d\udc00 '.repeat(Math.floor(longest / 9))],
  ];

  it.each(hostile)('%s: answers, and every quote anchors where found', (_name, text) => {
    const story = storyOf([text, 'Kim met Xi in Beijing.'], [
      { id: 'kim', label: 'Kim', aliases: ['K'] },
      { id: 'xi', label: 'Xi' },
    ]);
    const named = nameTheArticle(story);
    const kim = nodeMentions(story, 'kim', { named });
    expect(kim.mentions.length).toBeLessThanOrEqual(200);
    expectAnchoredWhereFound(story, kim.mentions);
    expectAnchoredWhereFound(story, relationMentions(story, { source: 'kim', target: 'xi' }, { named }).mentions);
    for (const pair of suggestRelations(story, { named })) expectAnchoredWhereFound(story, pair.sentences);
    for (const s of suggestNodes(story)) {
      expect(s.label.length).toBeLessThanOrEqual(LIMITS.label);
      expectAnchoredWhereFound(story, s.mentions);
    }
  });

  it('says how many mentions it could not offer when a repeated name cannot be singled out', () => {
    // In 20,000 characters of "Kim Kim Kim", 500 characters of context either side look the same everywhere.
    const long = storyOf(['Kim '.repeat(5000).trim()], [{ id: 'kim', label: 'Kim' }]);
    expect(nodeMentions(long, 'kim')).toEqual({ mentions: [], left: 5000 });
    // In 400 characters, 500 of context reach both ends of the paragraph, which tells each one apart.
    const short = storyOf(['Kim '.repeat(100).trim()], [{ id: 'kim', label: 'Kim' }]);
    const found = nodeMentions(short, 'kim');
    expect(found.mentions).toHaveLength(100);
    expectAnchoredWhereFound(short, found.mentions);
  });
});
