import { readFileSync } from 'node:fs';
import { expect, nodePagePosition, test, waitForGraph } from './test';

const story = JSON.parse(readFileSync('data/xi-kim-beijing.json', 'utf8')) as { nodes: unknown[]; edges: unknown[] };

test('draws the whole story on the canvas, fitted to the view', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const drawn = await page.locator('.graph-canvas').evaluate((host) => {
    const cy = (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy;
    const box = cy.elements().renderedBoundingBox();
    return { nodes: cy.nodes().length, edges: cy.edges().length, box, width: cy.width(), height: cy.height() };
  });
  expect(drawn.nodes).toBe(story.nodes.length);
  expect(drawn.edges).toBe(story.edges.length);
  // Fitted: the drawing lies inside the canvas and fills most of its width or height.
  expect(drawn.box.x1).toBeGreaterThanOrEqual(0);
  expect(drawn.box.x2).toBeLessThanOrEqual(drawn.width);
  expect(drawn.box.y2).toBeLessThanOrEqual(drawn.height);
  expect(Math.max(drawn.box.w / drawn.width, drawn.box.h / drawn.height)).toBeGreaterThan(0.8);
  // Something is painted: Cytoscape's own rendering of the graph has plenty of coloured (node) pixels.
  const coloured = await page.locator('.graph-canvas').evaluate(async (host) => {
    const cy = (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy;
    const image = new Image();
    image.src = cy.png({ bg: '#ffffff' });
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
    }
    return count;
  });
  expect(coloured).toBeGreaterThan(5_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
});

test('clicking a node on the canvas shows its quotes and fades everything else', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const kim = await nodePagePosition(page, 'kim-jong-un');
  await page.mouse.click(kim.x, kim.y);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Kim Jong Un');
  await expect(details.locator('blockquote mark').first()).toHaveText('Supreme Leader Kim Jong Un');
  await expect(page).toHaveURL(/\?node=kim-jong-un$/);
  const classes = await page.locator('.graph-canvas').evaluate((host) => {
    const cy = (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy;
    return { kim: cy.getElementById('kim-jong-un').classes(), il: cy.getElementById('kim-jong-il').classes(), deng: cy.getElementById('deng-xiaoping').classes() };
  });
  expect(classes.kim).toContain('is-selected');
  expect(classes.il).not.toContain('faded');
  expect(classes.deng).toContain('faded');

  // A click on empty canvas clears the selection.
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + 8, box.y + box.height - 8);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
  await expect(page).toHaveURL(/\/$/);
});

test('hovering an edge shows its label; clicking it shows both ends', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const mid = await page.locator('.graph-canvas').evaluate((host) => {
    const cy = (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy;
    const p = cy.getElementById('kim-jong-il-father-of-kim').renderedMidpoint();
    const box = host.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.move(mid.x, mid.y);
  await expect
    .poll(() => page.locator('.graph-canvas').evaluate((host) => (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy.getElementById('kim-jong-il-father-of-kim').hasClass('hover-label')))
    .toBe(true);
  await page.mouse.click(mid.x, mid.y);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Kim Jong Il father of Kim Jong Un');
  await expect(details.getByRole('button', { name: 'Kim Jong Il' })).toBeVisible();
  await expect(page).toHaveURL(/\?edge=kim-jong-il-father-of-kim$/);
});

test('"Show in article" scrolls the article to the passage and highlights it', async ({ page }) => {
  await page.goto('./?node=alexander-yunashev');
  await waitForGraph(page);
  const article = page.locator('.article-panel');
  const before = await article.evaluate((el) => el.scrollTop);
  await page.getByRole('region', { name: 'Details' }).getByRole('button', { name: /Show in article/ }).first().click();
  const passage = article.locator('.passage.is-focused').first();
  await expect(passage).toBeFocused();
  await expect(passage).toBeInViewport();
  const highlighted = (await article.locator('.passage.is-focused').allTextContents()).join('');
  expect(highlighted).toContain('Alexander Yunashev');
  expect(await article.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
  // And back: with nothing selected, a passage in the article selects what it supports.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
  await article.getByRole('link', { name: 'Alexander Yunashev', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Alexander Yunashev');
  await expect(page).toHaveURL(/\?node=alexander-yunashev$/);
});

test('search suggests, selects and centres the node', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('combobox').fill('juch');
  await expect(page.getByRole('option').first()).toContainText('Juche');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Juche');
  await expect(page).toHaveURL(/\?node=juche$/);
  await expect
    .poll(async () => {
      const p = await nodePagePosition(page, 'juche');
      const box = await page.locator('.graph-canvas').boundingBox();
      return box ? Math.hypot(p.x - (box.x + box.width / 2), p.y - (box.y + box.height / 2)) : Infinity;
    })
    .toBeLessThan(5);
});

test('a ?node= link opens with the selection; an unknown id gets a short notice', async ({ page }) => {
  await page.goto('./?node=donald-trump');
  await waitForGraph(page);
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Donald Trump');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('accused');
  await page.goto('./?edge=no-such-relation');
  await waitForGraph(page);
  await expect(page.getByRole('status').filter({ hasText: 'no relation' })).toHaveText(/This story has no relation “no-such-relation”/);
  await expect(page.locator('.graph-canvas canvas').first()).toBeVisible();
});

test('an ?edge= link opens with the relation selected', async ({ page }) => {
  await page.goto('./?edge=juche-diverges-swcc');
  await waitForGraph(page);
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Juche diverges from Socialism with Chinese characteristics');
  const selected = await page.locator('.graph-canvas').evaluate((host) => (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy.$('.is-selected').map((e) => e.id()));
  expect(selected).toEqual(['juche-diverges-swcc']);
});

test('the legend hides and shows a type on the canvas', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const visiblePeople = () =>
    page.locator('.graph-canvas').evaluate((host) => (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy.nodes('[type = "person"]:visible').length);
  expect(await visiblePeople()).toBeGreaterThan(5);
  await page.getByRole('button', { name: /^Person \d+$/ }).click();
  await expect.poll(visiblePeople).toBe(0);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(visiblePeople).toBeGreaterThan(5);
});

test('N and P on the focused canvas step through the nodes', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.locator('.graph-canvas').focus();
  await expect(page.locator('.canvas-hint')).toBeVisible();
  await page.keyboard.press('n');
  const first = await page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent();
  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).not.toHaveText(first ?? '');
  await page.keyboard.press('p');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(first ?? '');
  await expect(page.locator('.graph-canvas')).toBeFocused();
});

test('works from a sub-path, as a newsroom would host it', async ({ page }) => {
  await page.goto('/newsroom/graphs/xi-kim/?node=china');
  await waitForGraph(page);
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('China');
});

test('refits the graph when the window is resized', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const fit = () =>
    page.locator('.graph-canvas').evaluate((host) => {
      const cy = (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy;
      const box = cy.elements().renderedBoundingBox();
      return { inside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height(), fill: Math.max(box.w / cy.width(), box.h / cy.height()), width: cy.width() };
    });
  const before = await fit();
  await page.setViewportSize({ width: 1680, height: 1000 });
  // The new size, then the fit to it: waited for together, as the refit follows the resize observer's report.
  await expect(async () => {
    const after = await fit();
    expect(after.width).toBeGreaterThan(before.width + 200);
    expect(after.inside).toBe(true);
    expect(after.fill).toBeGreaterThan(0.8);
  }).toPass();
});
