import { describe, expect, it } from 'vitest';
import { dismissName, isDismissed, undismissName } from '../../../src/model/mentions/dismissals';
import { suggestNodes } from '../../../src/model/mentions/suggestNodes';
import { parseStory } from '../../../src/model/story/parseStory';
import { readValidStory } from '../../../src/model/story/readValidStory';
import { defaultStory } from '../../helpers/stories';

describe('dismissed suggestions, kept with the story', () => {
  it('are not suggested again, in any case or spelling, and can be offered again', () => {
    const story = defaultStory();
    expect(suggestNodes(story).map((s) => s.label)).toContain('Mao');
    const dismissed = dismissName(dismissName(story, 'mao'), 'the Eastern powers');
    expect(dismissed.dismissed).toEqual(['mao', 'the Eastern powers']);
    expect(isDismissed(dismissed, 'MAO')).toBe(true);
    expect(dismissName(dismissed, 'Mao')).toBe(dismissed);
    const labels = suggestNodes(dismissed).map((s) => s.label);
    expect(labels).not.toContain('Mao');
    expect(labels).not.toContain('Eastern powers');
    const again = undismissName(undismissName(dismissed, 'Mao'), 'Eastern powers');
    expect(again).toEqual(story);
    expect('dismissed' in again).toBe(false);
  });

  it('are a valid part of a version-1 story, read alike by the fast check and the schema; a story without them is unchanged', () => {
    const story = dismissName(defaultStory(), 'Mao');
    const json: unknown = JSON.parse(JSON.stringify(story));
    const checked = parseStory(json);
    expect(checked.ok && checked.story.dismissed).toEqual(['Mao']);
    expect(readValidStory(json)).toEqual(checked);
    const plain = parseStory(JSON.parse(JSON.stringify(defaultStory())));
    expect(plain.ok && 'dismissed' in plain.story).toBe(false);
  });

  it('refuses a dismissed name that is blank, or a list that is not one, naming the path', () => {
    const bad = (dismissed: unknown) => {
      const result = parseStory({ ...JSON.parse(JSON.stringify(defaultStory())), dismissed });
      return result.ok ? [] : result.problems.map((p) => p.path);
    };
    expect(bad(['Mao', '  '])).toEqual(['dismissed[1]']);
    expect(bad('Mao')).toEqual(['dismissed']);
  });
});
