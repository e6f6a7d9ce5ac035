import { describe, expect, it } from 'vitest';
import { nameTheArticle, sentencesNaming } from '../../../src/model/mentions/findMentions';
import { NODES_PAIRED_PER_SENTENCE, suggestRelations } from '../../../src/model/mentions/suggestRelations';
import { defaultStory } from '../../helpers/stories';
import { expectAnchoredWhereFound, storyOf } from './mentionHelpers';

describe('suggestRelations', () => {
  it('pairs nodes named in one sentence, first-named as the source, with the sentence as the quote', () => {
    const story = storyOf(['Ben met Anna in Oslo. Anna left.', 'Oslo welcomed Ben.'], [
      { id: 'anna', label: 'Anna' },
      { id: 'ben', label: 'Ben' },
      { id: 'oslo', label: 'Oslo' },
    ]);
    story.edges = [{ id: 'e', source: 'anna', target: 'oslo', label: 'visited', evidence: [] }];
    const pairs = suggestRelations(story);
    expect(pairs.map((p) => [p.source, p.target, p.sentences.map((s) => s.quote)])).toEqual([
      ['ben', 'anna', ['Ben met Anna in Oslo.']],
      ['ben', 'oslo', ['Ben met Anna in Oslo.', 'Oslo welcomed Ben.']],
    ]);
    for (const pair of pairs) expectAnchoredWhereFound(story, pair.sentences);
  });

  it('on the default story offers only pairs with no relation, each sentence naming both and anchoring', () => {
    const story = defaultStory();
    const named = nameTheArticle(story);
    const pairs = suggestRelations(story, { named });
    const joined = new Set(story.edges.flatMap((e) => [`${e.source} ${e.target}`, `${e.target} ${e.source}`]));
    expect(pairs.length).toBeGreaterThan(5);
    for (const pair of pairs) {
      expect(joined.has(`${pair.source} ${pair.target}`)).toBe(false);
      expectAnchoredWhereFound(story, pair.sentences);
      for (const s of pair.sentences) {
        const p = named.find((n) => n.paragraph.id === s.paragraph);
        expect(p && sentencesNaming(p, pair.source, pair.target).some((span) => span.start === s.start)).toBe(true);
      }
    }
    // Xi and Putin are both named in p15 ("accusing Xi, Putin, and Kim"), and no relation joins them.
    expect(pairs.some((p) => p.source === 'xi-jinping' && p.target === 'vladimir-putin')).toBe(true);
  });

  it('pairs at most a dozen nodes of a sentence that lists many', () => {
    const names = Array.from({ length: 40 }, (_, i) => `Leader${i}`);
    const story = storyOf([`${names.join(', ')} met.`], names.map((label) => ({ id: label, label })));
    const pairs = suggestRelations(story);
    expect(pairs).toHaveLength((NODES_PAIRED_PER_SENTENCE * (NODES_PAIRED_PER_SENTENCE - 1)) / 2);
  });
});
