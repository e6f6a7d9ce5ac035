import type { Page } from '@playwright/test';
import { HOST } from './origins';
import { expect, test } from './test';

// <quote-graph> inside a real article: text above and below, the page scrolled before every click or tap.

type CyHost = HTMLElement & { cy: import('cytoscape').Core | null };

async function waitForDrawn(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const cy = (document.querySelector(sel) as CyHost | null)?.cy;
    return !!cy && cy.nodes().length > 0 && cy.zoom() !== 1;
  }, selector);
}

/** Where a node, or a relation's midpoint, is drawn now, in the page's viewport coordinates. */
async function drawnAt(page: Page, selector: string, id: string): Promise<{ x: number; y: number }> {
  return page.locator(selector).evaluate((el, elementId) => {
    const cy = (el as CyHost).cy;
    if (!cy) throw new Error('no graph');
    const edge = cy.edges().getElementById(elementId);
    const at = edge.nonempty() ? edge.renderedMidpoint() : cy.getElementById(elementId).renderedPosition();
    const box = cy.container()?.getBoundingClientRect();
    if (!box) throw new Error('no container');
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

const heading = (page: Page, selector: string) => page.locator(selector).getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });

/** Scrolls the page so the graph's canvas is in view, with the page scrolled well past its top. */
async function scrollToGraph(page: Page, selector: string): Promise<void> {
  await page.locator(selector).locator('.graph-canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
}

async function press(page: Page, at: { x: number; y: number }, touch: boolean): Promise<void> {
  if (touch) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

for (const touch of [false, true]) {
  test.describe(touch ? 'on a phone, by touch' : 'on a desktop, by mouse', () => {
    test.use(touch ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 800 } });

    test('a click or tap selects the node or relation under it wherever the page is scrolled', async ({ page }) => {
      await page.goto(`${HOST}/hosts/article-page.html`);
      await waitForDrawn(page, '#graph');
      await scrollToGraph(page, '#graph');
      await press(page, await drawnAt(page, '#graph', 'kim-jong-un'), touch);
      await expect(heading(page, '#graph')).toHaveText('Kim Jong Un');

      // Scroll a little more, so the graph moves up the screen, and pick a relation.
      await page.evaluate(() => window.scrollBy(0, 120));
      await press(page, await drawnAt(page, '#graph', 'putin-met-kim'), touch);
      await expect(heading(page, '#graph')).toHaveText(/Vladimir Putin.*Kim Jong Un/);

      // After the window changes size, the page reflows: the graph is somewhere else again.
      await page.setViewportSize(touch ? { width: 430, height: 900 } : { width: 1000, height: 700 });
      await scrollToGraph(page, '#graph');
      await expect.poll(async () => (await page.locator('#graph .graph-canvas').boundingBox())?.width).toBeGreaterThan(300);
      await press(page, await drawnAt(page, '#graph', 'xi-jinping'), touch);
      await expect(heading(page, '#graph')).toHaveText('Xi Jinping');
    });

    test('a click or tap selects inside a scrolling box, scrolled, in a scrolled page', async ({ page }) => {
      await page.goto(`${HOST}/hosts/article-page.html`);
      await page.locator('#scroller').scrollIntoViewIfNeeded();
      await waitForDrawn(page, '#boxed');
      // A first choice while the graph sits low in its box: Cytoscape notes where the graph is.
      await page.locator('#scroller').evaluate((box) => box.scrollTo(0, 0));
      await page.locator('#boxed .embed-bar').scrollIntoViewIfNeeded();
      await press(page, await drawnAt(page, '#boxed', 'china'), touch);
      await expect(heading(page, '#boxed')).toHaveText('China');
      await page.locator('#boxed .graph-canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'nearest' }));
      await expect.poll(() => page.locator('#scroller').evaluate((box) => box.scrollTop)).toBeGreaterThan(200);
      await press(page, await drawnAt(page, '#boxed', 'vladimir-putin'), touch);
      await expect(heading(page, '#boxed')).toHaveText('Vladimir Putin');
      // The other graph on the page was not touched.
      await expect(heading(page, '#graph')).toHaveText(/^Select a shape/);
    });
  });
}

test('in the scrollytelling demo, a click on the graph after scrolling the article selects what is under it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./src/demo/scrollytelling.html');
  await waitForDrawn(page, '#graph');
  await page.locator('#para-p12').evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  // The reader scrolled; the paragraph's focus fit has settled.
  await expect.poll(() => page.locator('#graph').evaluate((el) => (el as CyHost).cy?.animated())).toBe(false);
  await page.mouse.click(...Object.values(await drawnAt(page, '#graph', 'china')) as [number, number]);
  await expect(heading(page, '#graph')).toHaveText('China');
});
