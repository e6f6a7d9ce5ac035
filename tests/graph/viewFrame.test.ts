import { describe, expect, it } from 'vitest';
import { clearOfSheet, combineFrames, frameForControls, frameForSheet, OPEN_FRAME, sheetDepth, type ClientRect } from '../../src/graph/viewFrame';

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({ left, top, width, height, right: left + width, bottom: top + height });

// A canvas 400 x 500 at (0, 100) on the page.
const canvas = rect(0, 100, 400, 500);

describe('the view frame of a reading sheet over the canvas', () => {
  it('from the bottom, hides the strip below its top edge, reserved for fits and covered for labels', () => {
    const sheet = rect(0, 400, 400, 300); // its top 300 px down the canvas, reaching past its bottom
    expect(sheetDepth(sheet, canvas, 'bottom')).toBe(200);
    expect(frameForSheet(sheet, canvas, 'bottom')).toEqual({
      reserved: { top: 0, right: 0, bottom: 200, left: 0 },
      hidden: { top: 0, right: 0, bottom: 200, left: 0 },
      covered: [{ x1: 0, y1: 300, x2: 400, y2: 500 }],
    });
    expect(clearOfSheet(sheet, canvas, 'bottom')).toEqual({ up: 200, left: 0 });
  });

  it('collapsed below the canvas (the bar only), hides nothing', () => {
    const bar = rect(0, 600, 400, 100);
    expect(frameForSheet(bar, canvas, 'bottom')).toBe(OPEN_FRAME);
    expect(clearOfSheet(bar, canvas, 'bottom')).toEqual({ up: 0, left: 0 });
    expect(frameForSheet(null, canvas, 'bottom')).toBe(OPEN_FRAME);
  });

  it('from the right, as a card in the corner, hides its width; the buttons go up over it', () => {
    const card = rect(250, 500, 150, 100);
    expect(sheetDepth(card, canvas, 'right')).toBe(150);
    const frame = frameForSheet(card, canvas, 'right');
    expect(frame.hidden).toEqual({ top: 0, right: 150, bottom: 0, left: 0 });
    expect(frame.covered).toEqual([{ x1: 250, y1: 400, x2: 400, y2: 500 }]);
    expect(clearOfSheet(card, canvas, 'right')).toEqual({ up: 100, left: 0 });
  });

  it('from the right, as a column as tall as the canvas, hides its width; the buttons go left of it', () => {
    const column = rect(200, 100, 200, 500);
    expect(frameForSheet(column, canvas, 'right').reserved).toEqual({ top: 0, right: 200, bottom: 0, left: 0 });
    expect(clearOfSheet(column, canvas, 'right')).toEqual({ up: 0, left: 200 });
  });

  it('combines with the zoom buttons: each edge keeps the larger room, and both are covered', () => {
    const buttons = frameForControls(rect(260, 352, 128, 36), canvas); // a row just above a sheet 300 px down
    const sheet = frameForSheet(rect(0, 400, 400, 300), canvas, 'bottom');
    const both = combineFrames(buttons, sheet);
    expect(both.reserved).toEqual({ top: 0, right: 0, bottom: 248, left: 0 });
    expect(both.hidden).toEqual({ top: 0, right: 0, bottom: 200, left: 0 });
    expect(both.covered).toHaveLength(2);
  });
});
