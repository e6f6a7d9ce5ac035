/**
 * How much wider than tall a box must be for a picture to lie along it: labels are wide and short, so a row of
 * labelled nodes needs more width than its positions say, and a square box (a phone embed) takes a column better.
 */
export const WIDE_BOX = 1.3;

/**
 * Turns a laid-out picture so its long axis runs along the long side of the box it is shown in: a chain of four
 * nodes reads left to right in a wide box and top to bottom in a tall or square one, instead of crossing it on a
 * diagonal at a third of the size. The long axis is the principal axis of the positions; the picture is turned about its
 * centre and otherwise unchanged (distances, neighbours, crossings). `xy` is interleaved [x0, y0, x1, y1, …];
 * `aspect` is the box's width over its height. Returns a new array.
 */
export function alignToAspect(xy: Float64Array, aspect: number): Float64Array {
  const n = Math.floor(xy.length / 2);
  const out = Float64Array.from(xy);
  if (n < 2 || !(aspect > 0)) return out;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += xy[2 * i] ?? 0;
    cy += xy[2 * i + 1] ?? 0;
  }
  cx /= n;
  cy /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xy[2 * i] ?? 0) - cx;
    const dy = (xy[2 * i + 1] ?? 0) - cy;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  // A round cloud has no long axis: leave it as it is.
  const spread = sxx + syy;
  const elongation = Math.sqrt((sxx - syy) ** 2 + 4 * sxy * sxy);
  if (spread === 0 || elongation < 0.05 * spread) return out;
  const axis = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const target = aspect >= WIDE_BOX ? 0 : Math.PI / 2;
  const turn = target - axis;
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  for (let i = 0; i < n; i++) {
    const dx = (xy[2 * i] ?? 0) - cx;
    const dy = (xy[2 * i + 1] ?? 0) - cy;
    out[2 * i] = cx + dx * cos - dy * sin;
    out[2 * i + 1] = cy + dx * sin + dy * cos;
  }
  return out;
}
