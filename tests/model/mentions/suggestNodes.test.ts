import { describe, expect, it } from 'vitest';
import { suggestNodes } from '../../../src/model/mentions/suggestNodes';
import { loadStory } from '../../helpers/stories';
import { expectAnchoredWhereFound, storyOf } from './mentionHelpers';
import { qualityLine, suggestionQuality } from './suggestionQuality';

describe('suggestNodes, measured on curated stories with their graphs hidden', () => {
  // The default story, and a second written for these tests: people and nations shared, every other name new.
  it.each(['data/xi-kim-beijing.json', 'tests/fixtures/kim-putin-vostochny.json'])('%s: recovers at least 90 percent of the nodes by label or alias, and says how precise it is', (file) => {
    const story = loadStory(file);
    const q = suggestionQuality(story);
    console.log(qualityLine(file, q));
    expect(q.recovered / q.nodes).toBeGreaterThanOrEqual(0.9);
    // Most of what it offers is a node the curator made; the rest are names too (Mao, Eastern powers, Far East).
    expect(q.right / q.suggestions).toBeGreaterThanOrEqual(0.75);
    for (const s of q.listed) expectAnchoredWhereFound(story, s.mentions);
  });
});

describe('suggestNodes', () => {
  const article = [
    'President Anna Berg of Northland met the Southland People’s Army in Port Elm on Monday. Berg said the talks were useful.',
    'Northland officials praised the bilateral summit. Critics of the Northland Workers Party called it “liberalism with Northland traits”.',
    'Berg, a lifelong socialist thinker, rejected nationalism. The Northland Workers Party did not reply.',
  ];

  it('proposes names with a type, their aliases, how often they occur and their mentions, most often first', () => {
    const found = suggestNodes(storyOf(article, []));
    const byLabel = new Map(found.map((s) => [s.label, s]));
    expect(byLabel.get('Anna Berg')).toMatchObject({ type: 'person', aliases: ['Berg'], count: 3 });
    expect(byLabel.get('Northland Workers Party')).toMatchObject({ type: 'organization', count: 2 });
    expect(byLabel.get('Southland People’s Army')?.type).toBe('organization');
    expect(byLabel.get('Bilateral summit')?.type).toBe('event');
    expect(byLabel.get('Liberalism with Northland traits')?.type).toBe('ideology');
    expect(byLabel.get('Socialism')).toMatchObject({ type: 'ideology', aliases: ['socialist'] });
    expect(byLabel.get('Nationalism')?.type).toBe('ideology');
    expect(byLabel.has('Monday')).toBe(false);
    expect(byLabel.has('President')).toBe(false);
    expect(found[0]?.label).toBe('Anna Berg');
    const story = storyOf(article, []);
    for (const s of found) {
      expect(s.mentions.length).toBeGreaterThan(0);
      expectAnchoredWhereFound(story, s.mentions);
    }
  });

  it('leaves out what is already a node’s label or alias, and what the curator dismissed, in any case or spelling', () => {
    const story = storyOf(article, [{ id: 'berg', label: 'Berg' }]);
    const found = suggestNodes(story, { dismissed: ['NATIONALISM', 'the bilateral summit'] });
    const labels = found.map((s) => s.label);
    expect(labels).not.toContain('Berg');
    // The longer name is still offered, to merge into the node as an alias.
    expect(found.find((s) => s.label === 'Anna Berg')?.closest).toEqual({ id: 'berg', label: 'Berg', because: 'longer' });
    expect(labels).not.toContain('Nationalism');
    expect(labels).not.toContain('Bilateral summit');
    expect(labels).toContain('Northland Workers Party');
  });

  it('offers the existing node a name may vary, to merge it in as an alias', () => {
    const story = storyOf(
      ['Kim Jong Un arrived. Later Kim spoke, and Kim Jong Il was recalled. The CPC and the Chinese Communist Party agreed.'],
      [
        { id: 'un', label: 'Kim Jong Un', evidence: [{ paragraph: 'p1', quote: 'Kim Jong Un arrived' }] },
        { id: 'il', label: 'Kim Jong Il' },
        { id: 'ccp', label: 'Communist Party of China' },
      ],
    );
    const found = new Map(suggestNodes(story).map((s) => [s.label, s]));
    expect(found.get('Kim')?.closest).toEqual({ id: 'un', label: 'Kim Jong Un', because: 'shorter' });
    // "CPC" is folded into the longer name it abbreviates, and both into the node with those initials.
    expect(found.get('Chinese Communist Party')).toMatchObject({ aliases: ['CPC'], closest: { id: 'ccp', label: 'Communist Party of China', because: 'initials' } });
    expect(found.has('CPC')).toBe(false);
  });

  it('finds that node among thousands that share a word with the name, the most quoted first', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: `kim-${i}`, label: `Kim ${i.toString(36)}x` }));
    const story = storyOf(['Then Kim spoke, and Kim Jong Un listened.'], [...many, { id: 'un', label: 'Kim Jong Un', evidence: [{ paragraph: 'p1', quote: 'Kim Jong Un listened' }] }]);
    expect(suggestNodes(story).find((s) => s.label === 'Kim')?.closest).toEqual({ id: 'un', label: 'Kim Jong Un', because: 'shorter' });
  });
});
