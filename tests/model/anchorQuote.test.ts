import { describe, expect, it } from 'vitest';
import { anchorQuote, findOccurrences } from '../../src/model/anchoring/anchorQuote';

const text = 'Xi met Kim. Kim met Putin. “Today, humanity again has to choose” — Xi warned.';

describe('anchorQuote', () => {
  it('places a quote that occurs once', () => {
    const anchor = anchorQuote(text, { exact: 'Kim met Putin' });
    expect(anchor).toEqual({ ok: true, start: 12, end: 25 });
    if (anchor.ok) expect(text.slice(anchor.start, anchor.end)).toBe('Kim met Putin');
  });

  it('keeps curly quotes and dashes significant', () => {
    expect(anchorQuote(text, { exact: '“Today, humanity again has to choose” — Xi' }).ok).toBe(true);
    expect(anchorQuote(text, { exact: '"Today, humanity again has to choose"' })).toMatchObject({ ok: false, reason: 'not-found' });
    expect(anchorQuote(text, { exact: 'choose” - Xi' })).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('refuses a quote that occurs twice without context', () => {
    expect(anchorQuote(text, { exact: 'Kim' })).toEqual({ ok: false, reason: 'ambiguous', occurrences: 2 });
  });

  it('uses prefix or suffix to pick one of two occurrences', () => {
    const first = anchorQuote(text, { exact: 'Kim', suffix: '.' });
    const second = anchorQuote(text, { exact: 'Kim', prefix: 'Kim. ' });
    expect(first).toEqual({ ok: true, start: 7, end: 10 });
    expect(second).toEqual({ ok: true, start: 12, end: 15 });
  });

  it('reports context that never stands beside the quote', () => {
    expect(anchorQuote(text, { exact: 'Kim', prefix: 'Trump ' })).toEqual({ ok: false, reason: 'context-mismatch', occurrences: 2 });
  });

  it('rejects empty quotes and finds nothing in empty text', () => {
    expect(anchorQuote(text, { exact: '' })).toMatchObject({ ok: false, reason: 'empty' });
    expect(anchorQuote('', { exact: 'Kim' })).toMatchObject({ ok: false, reason: 'not-found' });
    expect(findOccurrences('aaa', 'aa')).toEqual([0, 1]);
  });
});
