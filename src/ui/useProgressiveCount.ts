import { useEffect, useState } from 'react';

/** Rendered at once; a first screenful and more of any article the curated stories hold (the default has 22). */
const FIRST = 40;
/** Rendered per idle moment after that: each chunk is one short task (about 30 ms for 150 paragraphs here). */
const CHUNK = 150;

/**
 * How many items of a long list to render now: the first FIRST at once, the rest in chunks when the page is idle,
 * so a 2,500-paragraph article does not hold up the graph's first frame. `needed` (an index, or -1) is always
 * within the count, so "Show in article" never waits for a chunk.
 */
export function useProgressiveCount(total: number, needed: number): number {
  const [shown, setShown] = useState(() => Math.min(total, FIRST));
  const count = Math.min(total, Math.max(shown, needed + 1));
  // Keep what was asked for: the passage just scrolled to stays rendered after the request clears.
  if (count > shown) setShown(count);
  useEffect(() => {
    if (count >= total) return;
    const more = () => setShown(Math.min(total, count + CHUNK));
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(more, { timeout: 250 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(more, 16);
    return () => window.clearTimeout(handle);
  }, [count, total]);
  return count;
}
