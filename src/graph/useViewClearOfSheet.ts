import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

/**
 * A sheet that comes up over the canvas's lower part (the narrow explorer's details) hides what the view was
 * centred on. As the sheet moves, this pans the graph by half the change in what it covers, so the centre of the
 * view stays the centre of the part still in sight; pushed down again, the pan is undone. Zoom is left alone and the
 * canvas keeps its size (resizing it would refit the view). Followed with a ResizeObserver on the sheet, so it moves
 * with the sheet's transition frame by frame, or at once when motion is reduced.
 */
export function useViewClearOfSheet(cy: Core | null, sheet: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const element = sheet.current;
    const canvas = cy?.container();
    if (!cy || !element || !canvas || !enabled || typeof ResizeObserver === 'undefined') return;
    const covered = () => {
      const below = canvas.getBoundingClientRect();
      return Math.max(0, Math.min(below.height, below.bottom - element.getBoundingClientRect().top));
    };
    let last = covered();
    const observer = new ResizeObserver(() => {
      const now = covered();
      if (now === last) return;
      cy.panBy({ x: 0, y: -(now - last) / 2 });
      last = now;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [cy, sheet, enabled]);
}
