/*
 * Where the studio's box of actions goes beside selected words: under them when it fits in sight, else over them,
 * never over the words themselves unless neither fits; and never past the left or right edge.
 */

/** The gap between the selected words and the box, in CSS pixels. */
const GAP = 8;

/**
 * The box's top left corner (in the same coordinates as its arguments, screen pixels) for words at `words`, a box
 * of `size`, within the visible `area`.
 */
export function placeBeside(
  words: { top: number; bottom: number; left: number },
  size: { width: number; height: number },
  area: { top: number; bottom: number; left: number; right: number },
): { top: number; left: number } {
  const below = words.bottom + GAP;
  const above = words.top - GAP - size.height;
  let top: number;
  if (below + size.height <= area.bottom) top = below;
  else if (above >= area.top) top = above;
  // Neither fits in sight (a long selection, a short window): under the words, where scrolling reaches it.
  else top = below;
  const left = Math.max(area.left + GAP, Math.min(words.left, area.right - GAP - size.width));
  return { top, left };
}
