import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../../src/model/mentions/sentences';
import { wordTokens } from '../../../src/model/mentions/wordTokens';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('ends a sentence at . ! ? or … before a capital, a digit or an opening quote mark, closing quote marks included', () => {
    expect(sentences('Xi met Kim. “We agree,” he said! Why? 20 leaders came… Then it ended.')).toEqual([
      'Xi met Kim.',
      '“We agree,” he said!',
      'Why?',
      '20 leaders came…',
      'Then it ended.',
    ]);
    expect(sentences('He said “enough.” Then he left.')).toEqual(['He said “enough.”', 'Then he left.']);
  });

  it('does not end one after a title, an initial or a dotted acronym, nor before a lower-case word', () => {
    expect(sentences('Gen. Kim met Mr. Xi and J. Smith in the U.S. President Biden was away. It was e.g. fine.')).toEqual([
      'Gen. Kim met Mr. Xi and J. Smith in the U.S. President Biden was away.',
      'It was e.g. fine.',
    ]);
  });
});

describe('wordTokens', () => {
  it('folds case, accents, quote marks and dashes, and keeps where each token stands', () => {
    const text = 'Ðoàn’s “Marxism–Leninism”';
    const tokens = wordTokens(text);
    expect(tokens.map((t) => t.folded)).toEqual(['doan', "'", 's', '"', 'marxism', '-', 'leninism', '"']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Ðoàn', '’', 's', '“', 'Marxism', '–', 'Leninism', '”']);
  });
});
