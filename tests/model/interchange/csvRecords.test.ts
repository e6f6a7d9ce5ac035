import { describe, expect, it } from 'vitest';
import { csvTable, parseCsv } from '../../../src/model/interchange/csvRecords';

const fieldsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.records.map((r) => r.fields);
};

describe('csvTable', () => {
  it('quotes only fields with a comma, quote, CR or LF, doubling inner quotes, and ends rows with CRLF', () => {
    expect(csvTable([['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'Ким Чен Ын']])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\rhere",Ким Чен Ын\r\n',
    );
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula, but not before numbers', () => {
    expect(csvTable([['=1+1', '+x', '-y', '@SUM(A1)', '\tt', 'a=b', -150, 0.5]])).toBe("'=1+1,'+x,'-y,'@SUM(A1),'\tt,a=b,-150,0.5\r\n");
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(fieldsOf('a,"b,c","say ""hi""","x\r\ny"\r\n')).toEqual([['a', 'b,c', 'say "hi"', 'x\r\ny']]);
  });

  it('accepts CRLF, LF and CR line ends, a byte order mark, and no final line end', () => {
    expect(fieldsOf('\uFEFFid,label\r\n1,A\n2,B\r3,C')).toEqual([['id', 'label'], ['1', 'A'], ['2', 'B'], ['3', 'C']]);
  });

  it('keeps empty fields, skips blank rows but counts them', () => {
    const result = parseCsv('a,,c\n\n,\n"",x\n');
    expect(result).toEqual({ ok: true, records: [{ row: 1, fields: ['a', '', 'c'] }, { row: 3, fields: ['', ''] }, { row: 4, fields: ['', 'x'] }] });
  });

  it('numbers rows by record, so a line break inside quotes does not shift them', () => {
    const result = parseCsv('h\n"one\ntwo"\nthree\n');
    expect(result.ok && result.records.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('removes the formula guard it finds, and only that', () => {
    expect(fieldsOf("'=1+1,'-y,'plain,it's")).toEqual([['=1+1', '-y', "'plain", "it's"]]);
  });

  it('reads text after a stray quote literally, as spreadsheets do', () => {
    expect(fieldsOf('say "hi",x')).toEqual([['say "hi"', 'x']]);
  });

  it('reports a quote that is never closed, at the row where it opens', () => {
    expect(parseCsv('id,label\na,"Anna\nb,Ben\n')).toEqual({ ok: false, row: 2, message: expect.stringMatching(/never closed/) });
  });

  it('reads back exactly what it writes', () => {
    const rows = [['id', 'label'], ['a', 'Tom & Jerry <b>, "the pair"\r\nsecond line'], ['b', '=danger'], ['c', '']];
    expect(fieldsOf(csvTable(rows))).toEqual(rows);
  });
});
