import { test as base, expect, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/cli/chromium';

/** Playwright's test, with the browser launched from a Chromium we located (never downloaded) and page errors failing the test. */
export const test = base.extend<{ pageErrors: string[] }, object>({
  browser: [
    async ({ playwright }, use) => {
      const browser = await playwright.chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Where a node is drawn, in page coordinates, read from the Cytoscape instance the canvas host exposes. */
export async function nodePagePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.locator('.graph-canvas').evaluate((host, nodeId) => {
    const cy = (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy;
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = host.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** Waits until Cytoscape has drawn the story (the layout has run, the view is fitted and the labels placed). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const host = document.querySelector('.graph-canvas') as (HTMLElement & { graph?: { cy: import('cytoscape').Core | null } }) | null;
    const cy = host?.graph?.cy;
    return !!cy && cy.nodes().length > 0 && host.dataset.drawn === 'true';
  });
}
