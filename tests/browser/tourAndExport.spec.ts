import { readFileSync } from 'node:fs';
import { expect, test, waitForGraph } from './test';

const heading = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });

test('the guided tour: Next and Previous move through the steps, and ?step= opens at one', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: /Guided tour/ }).click();
  const tour = page.locator('.tour');
  await expect(tour).toContainText('step 1 of 9');
  await expect(page).toHaveURL(/step=1/);
  await expect(heading(page)).toHaveText('Xi–Kim bilateral meeting');
  await tour.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(tour).toContainText('step 2 of 9');
  await expect(page).toHaveURL(/step=2/);
  // The article went to the step's paragraph.
  await expect(page.locator('.is-focused-paragraph')).toHaveAttribute('data-paragraph', 'p3');
  await expect(page.locator('.is-focused-paragraph')).toBeInViewport();
  await tour.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect(tour).toContainText('step 1 of 9');
  await expect(tour.getByRole('button', { name: 'Previous', exact: true })).toBeDisabled();

  await page.goto('./?step=5');
  await waitForGraph(page);
  await expect(page.locator('.tour')).toContainText('step 5 of 9');
  await expect(heading(page)).toHaveText('Juche');
  const bright = await page.locator('.graph-canvas').evaluate((h) =>
    (h as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy
      .nodes()
      .filter((n) => !n.hasClass('faded'))
      .map((n) => n.id())
      .sort(),
  );
  expect(bright).toContain('juche');
  expect(bright).toContain('marxism-leninism');
  expect(bright).not.toContain('donald-trump');
  await page.locator('.tour').getByRole('button', { name: 'End tour' }).click();
  await expect(page.locator('.tour')).toHaveCount(0);
  await expect(page).not.toHaveURL(/step=/);
});

test('exports the view as a 2x PNG, an SVG and the story as JSON, all valid files', async ({ page }) => {
  await page.goto('./?node=juche');
  await waitForGraph(page);
  const save = async (name: RegExp) => {
    await page.getByText('Export', { exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };

  const png = await save(/PNG/);
  expect(png.name).toBe('xi-kim-beijing.png');
  expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const width = png.bytes.readUInt32BE(16);
  const graphWidth = await page.locator('.graph-canvas').evaluate((h) => (h as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy.elements().boundingBox().w);
  expect(width).toBeGreaterThan(graphWidth * 1.5); // scale 2, whole graph

  const svg = await save(/SVG/);
  expect(svg.name).toBe('xi-kim-beijing.svg');
  const text = svg.bytes.toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, nodes: doc.querySelectorAll('g.node').length };
  }, text);
  expect(parsed).toEqual({ error: null, root: 'svg', nodes: 29 });

  const json = await save(/Story file/);
  expect(json.name).toBe('xi-kim-beijing.json');
  expect(JSON.parse(json.bytes.toString('utf8'))).toEqual(JSON.parse(readFileSync('data/xi-kim-beijing.json', 'utf8')));
});
