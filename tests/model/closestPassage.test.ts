import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../src/model/anchoring/closestPassage';

const paragraph = 'Xi warned in remarks before the parade, wearing a Communist Revolution-era Mao suit. “Today, humanity again has to choose between peace or war,” he said.';

describe('closestPassage', () => {
  it('finds a passage that differs only in straight vs curly quotes', () => {
    const near = closestPassage(paragraph, '"Today, humanity again has to choose between peace or war,"');
    expect(near).toMatchObject({ typographicOnly: true, text: '“Today, humanity again has to choose between peace or war,”' });
  });

  it('finds a passage with a typo by edit distance, widened to whole words', () => {
    const near = closestPassage(paragraph, 'wearing a Comunist Revolution era Mao suit');
    expect(near?.typographicOnly).toBe(false);
    expect(near?.text).toBe('wearing a Communist Revolution-era Mao suit.');
  });

  it('gives no hint when nothing is close', () => {
    expect(closestPassage(paragraph, 'completely unrelated sentence about football scores')).toBeNull();
    expect(closestPassage(paragraph, '   ')).toBeNull();
  });
});
