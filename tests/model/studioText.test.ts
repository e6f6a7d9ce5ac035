import { describe, expect, it } from 'vitest';
import { idFromLabel, paragraphsFromText } from '../../src/model/studio/articleFromText';
import { evidenceFromRange } from '../../src/model/studio/evidenceFromRange';
import { anchorQuote } from '../../src/model/anchoring/anchorQuote';

describe('paragraphsFromText', () => {
  it('splits on blank lines, joining wrapped lines, keeping curly quotes', () => {
    expect(paragraphsFromText('First “para”\nstill first.\r\n\r\n  Second — para.  \n\n\n')).toEqual([
      { id: 'p1', text: 'First “para” still first.' },
      { id: 'p2', text: 'Second — para.' },
    ]);
  });
  it('splits on single line breaks when there are no blank lines', () => {
    expect(paragraphsFromText('One.\nTwo.\n')).toEqual([
      { id: 'p1', text: 'One.' },
      { id: 'p2', text: 'Two.' },
    ]);
    expect(paragraphsFromText('   ')).toEqual([]);
  });
});

describe('idFromLabel', () => {
  it('makes readable unique ids', () => {
    expect(idFromLabel('Kim Jong Un', new Set())).toBe('kim-jong-un');
    expect(idFromLabel('Kim Jong Un', new Set(['kim-jong-un', 'kim-jong-un-2']))).toBe('kim-jong-un-3');
    expect(idFromLabel('Élysée “Palace”', new Set())).toBe('elysee-palace');
    expect(idFromLabel('金正恩', new Set())).toBe('item');
  });
});

describe('evidenceFromRange', () => {
  const paragraph = { id: 'p1', text: 'Kim met Xi. Then Kim met Putin, and Kim left.' };
  const select = (start: number, end: number) => evidenceFromRange(paragraph, start, end);

  it('takes the exact words, trimmed of spaces', () => {
    const at = paragraph.text.indexOf('met Putin');
    expect(select(at - 1, at + 'met Putin'.length)).toEqual({ paragraph: 'p1', quote: 'met Putin' });
  });

  it('adds just enough context to single out a repeated quote, so it anchors where it was selected', () => {
    for (const at of [0, 17, 36]) {
      const evidence = select(at, at + 3);
      expect(evidence?.quote).toBe('Kim');
      const anchor = anchorQuote(paragraph.text, { exact: 'Kim', prefix: evidence?.prefix, suffix: evidence?.suffix });
      expect(anchor).toEqual({ ok: true, start: at, end: at + 3 });
    }
  });

  it('gives nothing for an empty or blank selection', () => {
    expect(select(3, 3)).toBeNull();
    expect(select(3, 4)).toBeNull();
  });
});

describe('evidenceFromWords', async () => {
  const { evidenceFromWords } = await import('../../src/model/studio/evidenceFromRange');
  const paragraph = { id: 'p1', text: 'Ben met Ann, and Ben left.' };
  it('anchors typed words at the chosen occurrence', () => {
    const second = evidenceFromWords(paragraph, 'Ben', 1);
    expect(anchorQuote(paragraph.text, { exact: 'Ben', prefix: second?.prefix, suffix: second?.suffix })).toEqual({ ok: true, start: 17, end: 20 });
    expect(evidenceFromWords(paragraph, 'Ben', 0)?.quote).toBe('Ben');
    expect(evidenceFromWords(paragraph, 'Ben', 2)).toBeNull();
    expect(evidenceFromWords(paragraph, 'Carl', 0)).toBeNull();
  });
});
