import type { Locator, Page } from '@playwright/test';
import { expect, nodePagePosition, test, waitForGraph } from './test';
import { HOST } from './origins';

/**
 * How each node's label reads against what is behind the canvas: the label's colour, at its drawn opacity, over the
 * page's background there, as WCAG's contrast ratio; with the label's size on screen and whether the node is faded.
 */
const labelReadings = (canvas: Locator) =>
  canvas.evaluate((host) => {
    const cy = (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy;
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    let behind: Element | null = host;
    while (behind && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(behind).backgroundColor)) behind = behind.parentElement;
    const background = rgb(getComputedStyle(behind ?? document.body).backgroundColor);
    const luminance = (c: number[]) => {
      const [r = 0, g = 0, b = 0] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return cy
      .nodes(':visible')
      .filter((n) => !n.hasClass('label-hidden'))
      .map((n) => {
        const alpha = Number(n.style('opacity')) * Number(n.style('text-opacity'));
        const drawn = rgb(String(n.style('color'))).map((v, i) => alpha * v + (1 - alpha) * (background[i] ?? 0));
        const [hi, lo] = [luminance(drawn), luminance(background)].sort((a, b) => b - a);
        return { id: n.id(), faded: n.hasClass('faded'), contrast: ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05), px: parseFloat(String(n.style('font-size'))) * cy.zoom() };
      });
  });

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);

async function expectFadedLabelsReadable(canvas: Locator): Promise<void> {
  const readings = await labelReadings(canvas);
  const faded = readings.filter((r) => r.faded);
  expect(faded.length, 'some labels are faded').toBeGreaterThan(5);
  // WCAG's 4.5:1 for text: a faded node stays a target (a click selects it), so what names it must be readable.
  expect(faded.filter((r) => r.contrast < 4.5).map((r) => `${r.id} ${r.contrast.toFixed(2)}:1`)).toEqual([]);
}

test('labels of faded nodes (outside the selection’s neighbourhood) stay readable, and such a node still selects', async ({ page }) => {
  await page.goto('./?node=kim-jong-un');
  await waitForGraph(page);
  const canvas = page.locator('.graph-canvas');
  await expectFadedLabelsReadable(canvas);
  const faded = (await labelReadings(canvas)).find((r) => r.faded);
  const at = await nodePagePosition(page, faded?.id ?? '');
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(new RegExp(`node=${faded?.id}`));
});

test('in the dark theme too', async ({ page }) => {
  await page.goto('./?embed&theme=dark&node=kim-jong-un');
  await waitForGraph(page);
  await expectFadedLabelsReadable(page.locator('.graph-canvas'));
});

for (const [where, open] of [
  ['?embed', (page: Page) => page.goto('./?embed')],
  ['<quote-graph>', (page: Page) => page.goto(`${HOST}/hosts/two-elements.html`)],
] as const) {
  test(`a 360 px ${where}: labels are drawn at least 12 px, and the keys hint leaves the zoom buttons clear`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 700 });
    await open(page);
    const canvas = page.locator('.graph-canvas').first();
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    const sizes = (await labelReadings(canvas)).map((r) => r.px);
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);

    // The hint shows while the canvas has keyboard focus; it must not cover the zoom buttons along the bottom.
    await canvas.focus();
    const hint = page.locator('.canvas-hint').first();
    await expect(hint).toBeVisible();
    const [hintBox, zoomBox, canvasBox] = await Promise.all([hint.boundingBox(), page.getByRole('group', { name: 'Zoom' }).first().boundingBox(), canvas.boundingBox()]);
    if (!hintBox || !zoomBox || !canvasBox) throw new Error('not laid out');
    expect(overlaps(hintBox, zoomBox)).toBe(false);
    expect(hintBox.x).toBeGreaterThanOrEqual(canvasBox.x);
    expect(hintBox.x + hintBox.width).toBeLessThanOrEqual(canvasBox.x + canvasBox.width + 0.5);
  });
}
