import type { Page } from '@playwright/test';

/**
 * Waits until nothing on the page moves, for a screenshot: no CSS animation or transition, no Cytoscape animation
 * or style transition (its fades are not CSS), and every scroller where it was a frame ago (a smooth scroll has
 * ended). What a person waits for before looking, instead of a guess at how long that takes.
 */
export async function waitUntilStill(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      type Cy = import('cytoscape').Core;
      const state = window as unknown as { qgScrolls?: string };
      const graphs = [...document.querySelectorAll<HTMLElement>('.graph-canvas, quote-graph')]
        // The explorer's canvas host exposes its graph controller; the <quote-graph> element its public `cy`.
        .map((el) => {
          const host = el as HTMLElement & { graph?: { cy: Cy | null }; cy?: Cy | null };
          return host.graph ? host.graph.cy : host.cy;
        })
        .filter((cy): cy is Cy => !!cy);
      const scrolls = [...document.querySelectorAll('*')].map((el) => `${el.scrollTop},${el.scrollLeft}`).join(' ') + ` ${window.scrollX},${window.scrollY}`;
      const scrolling = state.qgScrolls !== scrolls;
      state.qgScrolls = scrolls;
      return !scrolling && document.getAnimations().length === 0 && graphs.every((cy) => !cy.animated() && cy.elements(':animated').empty());
    },
    undefined,
    { polling: 'raf' },
  );
}
