import { useLayoutEffect, type RefObject } from 'react';
import type { GraphController } from './GraphController';
import type { SheetOver } from './useViewClearOfSheet';
import { combineFrames, frameForControls, frameForSheet } from './viewFrame';

/**
 * Tells the graph where its controls sit over the canvas (they move with the embed's size: a column on a wide
 * canvas, a row on a narrow one), and what a reading sheet come up over it hides, so fits keep nodes clear of them,
 * centring centres in what is in sight, and no label is placed under them.
 */
export function useViewFrame(graph: GraphController, host: RefObject<HTMLElement | null>, controls: RefObject<HTMLElement | null>, sheet?: SheetOver): void {
  const element = sheet?.element;
  const side = sheet?.side;
  // Before the first fit (useStoryOnCanvas's layout effect), which must know where the controls are.
  useLayoutEffect(() => {
    const canvas = host.current;
    if (!canvas) return;
    graph.setViewFrame(() => {
      const box = canvas.getBoundingClientRect();
      const buttons = frameForControls(controls.current?.getBoundingClientRect() ?? null, box);
      return element && side ? combineFrames(buttons, frameForSheet(element.current?.getBoundingClientRect() ?? null, box, side)) : buttons;
    });
  }, [graph, host, controls, element, side]);
}
