import { expect, test } from './test';

type CyHost = HTMLElement & { cy: import('cytoscape').Core | null };

test('the scrollytelling demo focuses what each paragraph supports as it scrolls, and a click scrolls back to the text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./src/demo/scrollytelling.html');
  await page.waitForFunction(() => (document.getElementById('graph') as CyHost | null)?.cy?.nodes().length);
  const bright = () =>
    page.locator('#graph').evaluate((el) => {
      const cy = (el as CyHost).cy;
      return cy ? cy.nodes().filter((n) => !n.hasClass('faded')).map((n) => n.id()).sort() : [];
    });

  // Paragraph 9 is about Juche: bring it to the middle of the screen.
  await page.locator('#para-p9').evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await expect(page.locator('#para-p9')).toHaveClass(/is-active/);
  await expect.poll(bright).toEqual(expect.arrayContaining(['juche', 'kim-jong-il', 'marxism-leninism']));
  expect(await bright()).not.toContain('donald-trump');

  // Paragraph 15 is Trump's accusation.
  await page.locator('#para-p15').evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await expect.poll(bright).toEqual(expect.arrayContaining(['donald-trump', 'xi-jinping', 'vladimir-putin', 'kim-jong-un']));
  expect(await bright()).not.toContain('juche');

  // Selecting a node in the graph scrolls the text to its first passage.
  await page.evaluate(() => (document.getElementById('graph') as unknown as { select(id: string): void }).select('alexander-yunashev'));
  await expect(page.locator('#para-p19')).toBeInViewport();
});

test('a node clicked in the demo stays selected while the text scrolls past other paragraphs to its passage', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./src/demo/scrollytelling.html');
  await page.waitForFunction(() => document.getElementById('graph')?.shadowRoot?.querySelector<HTMLElement>('.graph-canvas')?.dataset.drawn === 'true');
  await page.locator('#para-p3').evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await expect(page.locator('#para-p3')).toHaveClass(/is-active/);
  await expect.poll(() => page.locator('#graph').evaluate((el) => (el as CyHost).cy?.animated())).toBe(false);
  const trump = await page.locator('#graph').evaluate((el) => {
    const cy = (el as CyHost).cy;
    const p = cy?.getElementById('donald-trump').renderedPosition();
    const box = cy?.container()?.getBoundingClientRect();
    return { x: (box?.left ?? 0) + (p?.x ?? 0), y: (box?.top ?? 0) + (p?.y ?? 0) };
  });
  await page.mouse.click(trump.x, trump.y);
  const heading = page.locator('#graph').getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Donald Trump');
  // The text travels from paragraph 3 to Trump's first passage (15), passing paragraphs about other things.
  await expect(page.locator('#para-p15')).toHaveClass(/is-active/);
  await expect(heading).toHaveText('Donald Trump');
  // Reading on, to a paragraph about something else, hands the graph back to the paragraphs.
  await page.locator('#para-p19').evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await expect(page.locator('#para-p19')).toHaveClass(/is-active/);
  await expect(heading).toHaveText(/^Highlighted/);
});

test('the demo stacks the graph above the text on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('./src/demo/scrollytelling.html');
  await page.waitForFunction(() => (document.getElementById('graph') as CyHost | null)?.cy?.nodes().length);
  const graphBox = await page.locator('#graph').boundingBox();
  const articleBox = await page.locator('#article').boundingBox();
  expect(graphBox && articleBox && graphBox.y < articleBox.y).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
