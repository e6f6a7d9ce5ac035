import { describe, expect, it } from 'vitest';
import { placeBeside } from '../../../src/model/studio/placeBeside';
import { freeSpotNear, NODE_SPACING } from '../../../src/model/studio/placeNode';
import { mentionsIn, proposeRelation } from '../../../src/model/studio/proposeRelation';
import { quoteBounds, readSelection } from '../../../src/model/studio/selectedQuote';
import type { StoryNode } from '../../../src/model/story/types';

const text = 'The vote followed a report by the Authority, which the city is building its timetable around.';
const quoted = (start: number, end: number) => {
  const b = quoteBounds(text, start, end);
  return b ? text.slice(b.from, b.to) : null;
};

describe('the words a selection quotes', () => {
  it('drops the comma and spaces a drag catches before or after the words', () => {
    const at = text.indexOf(', which');
    expect(quoted(at, at + ', which the city'.length)).toBe('which the city');
    expect(quoted(text.indexOf('the Authority'), at + 2)).toBe('the Authority');
  });

  it('takes a word cut in two whole, and keeps a sentence’s full stop', () => {
    const at = text.indexOf('uthority');
    expect(quoted(at, at + 'uthority, which the ci'.length)).toBe('Authority, which the city');
    expect(quoted(text.indexOf('timetable'), text.length)).toBe('timetable around.');
  });

  it('quotes nothing when no word is selected', () => {
    const at = text.indexOf(', ');
    expect(quoted(at, at + 2)).toBeNull();
  });

  it('reads a selection that reaches into the next paragraph without a letter of it as one quote', () => {
    const texts = new Map([
      ['p1', 'Anna met Ben.'],
      ['p2', 'Ben left.'],
    ]);
    expect(
      readSelection(
        [
          { paragraph: 'p1', start: 0, end: 13 },
          { paragraph: 'p2', start: 0, end: 0 },
        ],
        texts,
        false,
      ),
    ).toEqual({ kind: 'quote', part: { paragraph: 'p1', start: 0, end: 13 } });
    expect(readSelection([{ paragraph: 'p1', start: 9, end: 13 }, { paragraph: 'p2', start: 0, end: 3 }], texts, false)).toEqual({ kind: 'several', paragraphs: 2 });
    expect(readSelection([], texts, true)).toEqual({ kind: 'headline' });
  });
});

const node = (id: string, label: string, type = 'person', aliases?: string[]): StoryNode => ({ id, label, type, evidence: [], ...(aliases ? { aliases } : {}) });
const nodes = [node('voss', 'Elena Voss'), node('ruiz', 'Marco Ruiz'), node('hta', 'Harbor Transit Authority', 'organization', ['the authority']), node('korea', 'Korea', 'nation'), node('nk', 'North Korea', 'nation')];

describe('a relation proposed from selected words', () => {
  it('finds the nodes named, by label, other name or a person’s surname, in order, accents and case folded', () => {
    expect(mentionsIn('Voss and Ruiz have clashed', nodes).map((m) => m.id)).toEqual(['voss', 'ruiz']);
    expect(mentionsIn('Ruiz said The Authority had understated it; Élena Voss did not', nodes).map((m) => m.id)).toEqual(['ruiz', 'hta', 'voss']);
    expect(mentionsIn('North Korea said', nodes).map((m) => m.id)).toEqual(['nk']);
    expect(mentionsIn('Vossberg said', nodes)).toEqual([]);
  });

  it('proposes a mutual relation for “A and B …”, and a directed one labelled by the words between', () => {
    expect(proposeRelation('Voss and Ruiz have clashed over the tram', nodes, null)).toEqual({ source: 'voss', target: 'ruiz', label: 'clashed over the tram', directed: false });
    expect(proposeRelation('Ruiz accused Voss, the mayor, of haste', nodes, null)).toEqual({ source: 'ruiz', target: 'voss', label: 'accused', directed: true });
  });

  it('labels by the clause nearest the second name, without an article left hanging', () => {
    expect(proposeRelation('Harbor Transit Authority, the body that plans the line, wrote to the mayor, Elena Voss', nodes, null).label).toBe('wrote to the mayor');
    expect(proposeRelation('Elena Voss won approval from the Harbor Transit Authority', nodes, null).label).toBe('won approval from');
    expect(proposeRelation('Ruiz said the authority had understated the cost', nodes, null)).toMatchObject({ source: 'ruiz', target: 'hta', label: 'said' });
  });

  it('falls back on the node selected in the graph for a missing end', () => {
    expect(proposeRelation('Ruiz objected', nodes, 'hta')).toMatchObject({ source: 'ruiz', target: 'hta', label: 'objected' });
    expect(proposeRelation('nobody here', nodes, null)).toMatchObject({ source: '', target: '' });
  });
});

describe('where a new node goes', () => {
  it('at the middle of the view when it is free, else at the nearest free spot, never on another node', () => {
    expect(freeSpotNear([], { x: 12.4, y: -3 })).toEqual({ x: 12, y: -3 });
    const placed = [{ x: 0, y: 0 }];
    const spot = freeSpotNear(placed, { x: 10, y: 10 });
    expect(Math.abs(spot.x) >= NODE_SPACING.x || Math.abs(spot.y) >= NODE_SPACING.y).toBe(true);
    expect(Math.hypot(spot.x - 10, spot.y - 10)).toBeLessThanOrEqual(Math.hypot(NODE_SPACING.x, NODE_SPACING.y));
  });

  it('stays near the middle as nodes fill the view, instead of running off in a row', () => {
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 9; i++) placed.push(freeSpotNear(placed, { x: 0, y: 0 }));
    for (const p of placed) {
      expect(Math.abs(p.x)).toBeLessThanOrEqual(NODE_SPACING.x);
      expect(Math.abs(p.y)).toBeLessThanOrEqual(NODE_SPACING.y);
    }
  });
});

describe('where a new node goes in a full graph', () => {
  it('finds the nearest free spot past a dense block of nodes, clear of all of them', () => {
    const grid = Array.from({ length: 1600 }, (_, i) => ({ x: (i % 40) * NODE_SPACING.x, y: Math.floor(i / 40) * NODE_SPACING.y }));
    const spot = freeSpotNear(grid, { x: 20 * NODE_SPACING.x, y: 20 * NODE_SPACING.y });
    for (const p of grid) expect(Math.abs(p.x - spot.x) >= NODE_SPACING.x || Math.abs(p.y - spot.y) >= NODE_SPACING.y).toBe(true);
    expect(Math.abs(spot.y - 20 * NODE_SPACING.y)).toBeLessThanOrEqual(21 * NODE_SPACING.y);
  });
});

describe('the box of actions beside the words', () => {
  const area = { top: 0, bottom: 600, left: 0, right: 400 };
  it('goes under the words, or over them when there is no room under, and stays inside the panel', () => {
    expect(placeBeside({ top: 100, bottom: 120, left: 50 }, { width: 200, height: 80 }, area)).toEqual({ top: 128, left: 50 });
    expect(placeBeside({ top: 540, bottom: 560, left: 350 }, { width: 200, height: 80 }, area)).toEqual({ top: 452, left: 192 });
  });
});
