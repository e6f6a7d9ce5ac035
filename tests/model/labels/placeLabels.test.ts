import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from '../../../src/model/labels/placeLabels';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });

describe('placeLabels', () => {
  it('draws labels that do not overlap, the more important first', () => {
    const shown = placeLabels(
      [
        { id: 'hub', places: [box(0, 0, 100, 20)] },
        { id: 'clash', places: [box(50, 10, 150, 30)] },
        { id: 'apart', places: [box(200, 0, 300, 20)] },
      ],
      [],
      null,
    );
    expect([...shown.keys()]).toEqual(['hub', 'apart']);
  });

  it('moves a label to its next place when the first is taken, and hides it when none is free', () => {
    const shown = placeLabels(
      [
        { id: 'a', places: [box(0, 0, 100, 20)] },
        { id: 'b', places: [box(0, 10, 100, 30), box(0, -30, 100, -10)] },
        { id: 'c', places: [box(0, 5, 100, 25), box(0, -25, 100, -5)] },
      ],
      [],
      null,
    );
    expect(shown.get('a')).toBe(0);
    expect(shown.get('b')).toBe(1);
    expect(shown.has('c')).toBe(false);
  });

  it('keeps labels off nodes and controls, but a label may cover its own node', () => {
    const shown = placeLabels(
      [
        { id: 'own', own: 'n1', places: [box(0, 0, 50, 20)] },
        { id: 'blocked', own: 'n2', places: [box(100, 0, 150, 20)] },
        { id: 'under-controls', places: [box(300, 300, 350, 320)] },
      ],
      [
        { id: 'n1', box: box(10, 0, 30, 10) },
        { id: 'n1-neighbour', box: box(120, 5, 130, 15) },
        { id: 'controls', box: box(290, 250, 400, 400) },
      ],
      null,
    );
    expect([...shown.keys()]).toEqual(['own']);
  });

  it('keeps labels inside the view, so none is cut off at an edge', () => {
    const shown = placeLabels(
      [
        { id: 'inside', places: [box(10, 10, 60, 30)] },
        { id: 'over-the-edge', places: [box(-20, 10, 30, 30), box(40, 40, 90, 60)] },
        { id: 'outside', places: [box(500, 10, 550, 30)] },
      ],
      [],
      box(0, 0, 200, 200),
    );
    expect(shown).toEqual(new Map([['inside', 0], ['over-the-edge', 1]]));
  });

  it('draws a label marked always where it asks, and keeps the others clear of it', () => {
    const shown = placeLabels(
      [
        { id: 'first', places: [box(0, 0, 100, 20)] },
        { id: 'selected', always: true, places: [box(50, 0, 150, 20)] },
        { id: 'later', places: [box(120, 0, 200, 20)] },
      ],
      [],
      null,
    );
    expect([...shown.keys()]).toEqual(['first', 'selected']);
  });

  it('keeps a gap between labels when asked', () => {
    const candidates = [
      { id: 'a', places: [box(0, 0, 100, 20)] },
      { id: 'b', places: [box(102, 0, 200, 20)] },
    ];
    expect(placeLabels(candidates, [], null, 0).size).toBe(2);
    expect(placeLabels(candidates, [], null, 4).size).toBe(1);
  });
});
