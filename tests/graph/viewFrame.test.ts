import { describe, expect, it } from 'vitest';
import { clearOfSheet, combineFrames, frameForControls, frameForSheet, OPEN_FRAME, sheetDepth, type ClientRect } from '../../src/graph/viewFrame';

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({ left, top, width, height, right: left + width, bottom: top + height });

// A canvas 400 x 500 at (0, 100) on the page.
const canvas = rect(0, 100, 400, 500);
// A row of zoom buttons 12 px from the edges, and a column.
const row = { width: 128, height: 36 };
const column = { width: 40, height: 116 };

describe('the view frame of a reading sheet over the canvas', () => {
  it('from the bottom, hides the strip below its top edge, reserved for fits and covered for labels', () => {
    const sheet = rect(0, 400, 400, 300); // its top 300 px down the canvas, reaching past its bottom
    expect(sheetDepth(sheet, canvas, 'bottom')).toBe(200);
    expect(frameForSheet(sheet, canvas, 'bottom')).toEqual({
      reserved: { top: 0, right: 0, bottom: 200, left: 0 },
      hidden: { top: 0, right: 0, bottom: 200, left: 0 },
      covered: [{ x1: 0, y1: 300, x2: 400, y2: 500 }],
    });
    expect(clearOfSheet(sheet, canvas, 'bottom', row, 12)).toEqual({ up: 200, left: 0, fits: true });
    // Pulled up over nearly all of it, the buttons would be drawn off the canvas.
    expect(clearOfSheet(rect(0, 150, 400, 550), canvas, 'bottom', row, 12)).toEqual({ up: 450, left: 0, fits: false });
  });

  it('collapsed below the canvas (the bar only), hides nothing', () => {
    const bar = rect(0, 600, 400, 100);
    expect(frameForSheet(bar, canvas, 'bottom')).toBe(OPEN_FRAME);
    expect(clearOfSheet(bar, canvas, 'bottom', row, 12)).toEqual({ up: 0, left: 0, fits: true });
    expect(frameForSheet(null, canvas, 'bottom')).toBe(OPEN_FRAME);
  });

  it('from the right, as a card in the corner, hides its width; the buttons go up over it, or beside it on a short canvas', () => {
    const card = rect(250, 500, 150, 100);
    expect(sheetDepth(card, canvas, 'right')).toBe(150);
    const frame = frameForSheet(card, canvas, 'right');
    expect(frame.hidden).toEqual({ top: 0, right: 150, bottom: 0, left: 0 });
    expect(frame.covered).toEqual([{ x1: 250, y1: 400, x2: 400, y2: 500 }]);
    expect(clearOfSheet(card, canvas, 'right', column, 12)).toEqual({ up: 100, left: 0, fits: true });
    const short = rect(0, 100, 400, 200);
    expect(clearOfSheet(rect(250, 200, 150, 100), short, 'right', column, 12)).toEqual({ up: 0, left: 150, fits: true });
  });

  it('from the right, as a column as tall as the canvas, hides its width; the buttons go left of it', () => {
    const tall = rect(200, 100, 200, 500);
    expect(frameForSheet(tall, canvas, 'right').reserved).toEqual({ top: 0, right: 200, bottom: 0, left: 0 });
    expect(clearOfSheet(tall, canvas, 'right', column, 12)).toEqual({ up: 0, left: 200, fits: true });
    expect(clearOfSheet(rect(0, 100, 400, 500), canvas, 'right', column, 12)).toEqual({ up: 0, left: 400, fits: false });
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
