import type { Core } from 'cytoscape';
import { useLayoutEffect, type RefObject } from 'react';
import { frameForControls, setViewFrameSource } from './viewFrame';

/**
 * Tells the graph where its controls sit over the canvas (they move with the embed's size: a column on a wide
 * canvas, a row on a narrow one), so fits keep nodes clear of them and no label is placed under them.
 */
export function useViewFrame(cy: Core | null, host: RefObject<HTMLElement | null>, controls: RefObject<HTMLElement | null>): void {
  // Before the first fit (useGraphDrawing's layout effect), which must know where the controls are.
  useLayoutEffect(() => {
    const canvas = host.current;
    if (!cy || !canvas) return;
    setViewFrameSource(cy, () => frameForControls(controls.current?.getBoundingClientRect() ?? null, canvas.getBoundingClientRect()));
  }, [cy, host, controls]);
}
