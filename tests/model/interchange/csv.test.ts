import { describe, expect, it } from 'vitest';
import { storyToCsv } from '../../../src/model/interchange/csv';
import { csvToDraft } from '../../../src/model/interchange/csvRead';
import type { DraftResult } from '../../../src/model/interchange/draft';
import { expectedDraft, NASTY, trickyStory } from './trickyStory';

const problemsOf = (result: DraftResult) => (result.ok ? [] : result.problems);
const draftOf = (result: DraftResult) => {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result.draft;
};
const NODES = 'id,label\r\na,Anna\r\nb,Ben\r\n';

describe('storyToCsv', () => {
  const story = trickyStory();
  const csv = storyToCsv(story);

  it('starts each table with its header row and writes one row per node or edge', () => {
    expect(csv.nodes.split('\r\n')[0]).toBe('id,label,type,summary,aliases,x,y,quotes,evidence');
    expect(csv.edges.split('\r\n')[0]).toBe('id,source,target,label,type,directed,quotes,evidence');
    expect(csv.edges).toBe(
      'id,source,target,label,type,directed,quotes,evidence\r\n' +
        'anna-met-ben,anna,ben,met with,meeting,false,¶p1: “Anna met Ben in Paris”,"[{""paragraph"":""p1"",""quote"":""Anna met Ben in Paris""}]"\r\n' +
        'ben-leads-northland,ben,northland,"leads & ""rules"" <firmly>",,true,¶p2: “Ben leads Northland”,"[{""paragraph"":""p2"",""quote"":""Ben leads Northland""}]"\r\n',
    );
  });

  it('quotes hard text per RFC 4180 and guards formulas', () => {
    expect(csv.nodes).toContain(`anna,Tom & Jerry <b>,person,"Says ""yes"", then\r\nno; & <i>more</i>,\nthen\ttabs",`);
    expect(csv.nodes).toContain(`,-12.5,3.25,`);
    expect(csv.nodes).toContain(`ben,金正恩,person,"'=HYPERLINK(""http://example.org"",""click"")",,200,0,`);
    expect(csv.nodes).toContain(`northland,Ким Чен Ын,nation,"'-1 point, said ""Ben""",'+Nord | @north,,,`);
  });

  it('gives back everything the format holds', () => {
    expect(draftOf(csvToDraft(csv.nodes, csv.edges))).toEqual(expectedDraft(story));
  });
});

describe('csvToDraft', () => {
  it('reads hand-made tables: capitalised headers, missing optional columns, short rows, blank lines', () => {
    const draft = draftOf(csvToDraft('\uFEFFId,Label,Type,x,y\na,Anna,,1,2\n\nb,"Ben, Jr."\n', 'Source,Target,Directed\na,b,no\nb,a\n'));
    expect(draft).toEqual({
      nodes: [{ id: 'a', label: 'Anna', type: 'other', position: { x: 1, y: 2 } }, { id: 'b', label: 'Ben, Jr.', type: 'other' }],
      edges: [{ id: 'edge-1', source: 'a', target: 'b', label: 'related to', directed: false }, { id: 'edge-2', source: 'b', target: 'a', label: 'related to' }],
    });
  });

  it('takes an empty edges table as a graph without edges, but not an empty nodes table', () => {
    expect(draftOf(csvToDraft(NODES, '')).edges).toEqual([]);
    expect(problemsOf(csvToDraft('', ''))).toEqual([{ path: 'nodes.csv', message: expect.stringMatching(/^Is empty/) }]);
  });

  it('names missing columns on the header row', () => {
    expect(problemsOf(csvToDraft('key,name\na,Anna\n', 'from,target\na,a\n'))).toEqual([
      { path: 'nodes.csv row 1', message: 'Needs a column named "id" (found: key, name).' },
      { path: 'edges.csv row 1', message: 'Needs a column named "source" (found: from, target).' },
    ]);
  });

  it('reports bad rows with their row numbers', () => {
    const nodes = 'id,label,x,y\na,Anna,1,2\n,Nobody,,\nc,   ,,\nd,Dee,1,\ne,Eve,one,2\nf,Fay,1,2,extra\n';
    expect(problemsOf(csvToDraft(nodes, '')).map((p) => p.path)).toEqual(['nodes.csv row 7']);
    expect(problemsOf(csvToDraft(nodes.replace(',extra', ''), 'source,target,directed\na,a,maybe\na,,\na,a,constructor\n'))).toEqual([
      { path: 'nodes.csv row 3', message: 'Has no id.' },
      { path: 'nodes.csv row 5', message: 'x and y must both be numbers, or both be empty (found "1" and "").' },
      { path: 'nodes.csv row 6', message: 'x and y must both be numbers, or both be empty (found "one" and "2").' },
      { path: 'edges.csv row 2', message: 'directed must be true or false (found "maybe").' },
      { path: 'edges.csv row 3', message: 'Needs both a source and a target.' },
      { path: 'edges.csv row 4', message: 'directed must be true or false (found "constructor").' },
    ]);
  });

  it('reports a dangling edge and a node id given twice', () => {
    const problems = problemsOf(csvToDraft('id,label\na,Anna\nb,Ben\na,Again\n', 'id,source,target\nab,a,ghost\n'));
    expect(problems).toEqual([
      { path: 'nodes.csv row 4', message: 'Id "a" is already used at nodes.csv row 2; node and edge ids must be unique.' },
      { path: 'edges.csv row 2', message: 'Edge target "ghost" is not a node id.' },
    ]);
  });

  it('makes ids the story format cannot hold into ones it can, keeping the original as a name, and says so', () => {
    const result = csvToDraft('id,label\nAnna Smith,Anna\nb,\n', 'id,source,target\nb,Anna Smith,b\n');
    expect(draftOf(result)).toEqual({
      nodes: [{ id: 'Anna-Smith', label: 'Anna', type: 'other', aliases: ['Anna Smith'] }, { id: 'b', label: 'b', type: 'other' }],
      edges: [{ id: 'edge-b', source: 'Anna-Smith', target: 'b', label: 'related to' }],
    });
    expect(result.ok ? result.notes : []).toEqual([
      expect.stringContaining('"Anna Smith" → Anna-Smith'),
      expect.stringContaining('"b" → edge-b'),
      '1 node(s) had no label; each is named by its id.',
    ]);
  });

  it('reports an unclosed quote and an unquoted comma that shifts a row', () => {
    expect(problemsOf(csvToDraft('id,label\na,"Anna\n', ''))).toEqual([{ path: 'nodes.csv row 2', message: expect.stringMatching(/never closed/) }]);
    expect(problemsOf(csvToDraft(NODES, 'source,target,label\na,b,met, then left\n'))).toEqual([
      { path: 'edges.csv row 2', message: expect.stringMatching(/^Has 4 values but the header names 3 columns/) },
    ]);
  });

  it('keeps labels exactly, non-Latin scripts and markup included', () => {
    const draft = draftOf(csvToDraft(`id,label\r\na,${NASTY.korean}\r\nb,"${NASTY.markup.replace(/"/g, '""')}"\r\nc,${NASTY.cyrillic}\r\n`, ''));
    expect(draft.nodes.map((n) => n.label)).toEqual([NASTY.korean, NASTY.markup, NASTY.cyrillic]);
  });

  it("keeps a genuine leading apostrophe, and aliases holding a bar, through a round trip", () => {
    const labels = ["'tis the season", "'=not a formula", "''=two", "=SUM(A1)", "'"];
    const nodes = `id,label,aliases\r\n${labels.map((label, i) => `n${i},"${label}",`).join('\r\n')}\r\n`;
    // Read as a person wrote it: only an apostrophe before a formula character (or another apostrophe) is a guard.
    expect(draftOf(csvToDraft(nodes, '')).nodes.map((n) => n.label)).toEqual(["'tis the season", '=not a formula', "'=two", '=SUM(A1)', "'"]);
    const story = trickyStory();
    const [first] = story.nodes;
    if (!first) throw new Error('no node');
    Object.assign(first, { label: "'=not a formula", aliases: ['Left|Right', 'AT&T', "'tis"] });
    const csv = storyToCsv(story);
    expect(csv.nodes).toContain(`,''=not a formula,`);
    expect(csv.nodes).toContain(`Left\\|Right | AT&T | 'tis`);
    const back = draftOf(csvToDraft(csv.nodes, csv.edges)).nodes[0];
    expect([back?.label, back?.aliases]).toEqual(["'=not a formula", ['Left|Right', 'AT&T', "'tis"]]);
  });
});
