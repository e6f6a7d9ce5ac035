import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, nodePagePosition, test, waitForGraph } from './test';

type Box = { x: number; y: number; width: number; height: number };

/** The area two boxes share, in px² (0 when they only touch). */
function sharedArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0.5 && h > 0.5 ? w * h : 0;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no box`);
  return box;
}

/** Each named box lies inside the viewport horizontally and shares no area with any other. */
async function expectSideBySideWithoutOverlap(page: Page, parts: Record<string, Locator>): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  const boxes = Object.entries(parts);
  const measured = await Promise.all(boxes.map(async ([name, locator]) => [name, await boxOf(locator)] as const));
  for (const [name, box] of measured) {
    if (name === 'legend') continue; // the legend scrolls sideways in its own strip
    expect(box.x, `${name} starts inside the viewport`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name} ends inside the viewport`).toBeLessThanOrEqual(width + 0.5);
  }
  for (const [i, [a, boxA]] of measured.entries()) {
    for (const [b, boxB] of measured.slice(i + 1)) expect(sharedArea(boxA, boxB), `${a} overlaps ${b}`).toBe(0);
  }
}

const noHorizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const explorer = document.querySelector('.explorer');
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      explorer: explorer ? explorer.scrollWidth - explorer.clientWidth : -1,
    };
  });

const sheet = (page: Page) => page.getByRole('complementary', { name: 'Details and article' });

/** Waits until the sheet has finished moving (its height is a CSS transition), so what is measured is where it stays. */
const sheetSettled = (page: Page) => page.waitForFunction(() => document.querySelector('.sidebar')?.getAnimations().length === 0);

/** Kim Jong Un's details are in front, the sheet at rest, and his first quote in sight; returns the details. */
async function expectKimsQuotesInSight(page: Page): Promise<Locator> {
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Kim Jong Un');
  await sheetSettled(page);
  // The node's name and summary come first; its quotes follow in the same panel.
  const quote = details.locator('blockquote mark').first();
  await quote.scrollIntoViewIfNeeded();
  await expect(quote).toBeInViewport();
  return details;
}


/** Whether a tap at the middle of `locator` reaches it, rather than something drawn over it. */
const reachable = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && element.contains(hit);
  });

const ZOOM_BUTTONS = ['Zoom in', 'Zoom out', 'Fit the whole graph'];

/**
 * What the graph draws, in page px: each label placed (its text's box) and each node's body. The selection's own
 * label is left out: it is always drawn, beside its node wherever that is.
 */
const drawnGraph = (page: Page) =>
  page.locator('.graph-canvas').evaluate((host) => {
    const cy = (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy;
    const canvas = host.getBoundingClientRect();
    const onPage = (b: { x1: number; y1: number; w: number; h: number }) => ({ x: canvas.left + b.x1, y: canvas.top + b.y1, width: b.w, height: b.h });
    const labelled = cy.elements().filter((e) => e.visible() && !e.hasClass('is-selected') && !!e.style('label') && Number(e.style('text-opacity')) > 0);
    return {
      labels: labelled.map((e) => ({ id: e.id(), box: onPage(e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never)) })),
      bodies: cy.nodes(':visible').map((n) => ({ id: n.id(), box: onPage(n.renderedBoundingBox({ includeLabels: false, includeOverlays: false } as never)) })),
    };
  });

/** The labels drawn (wholly or partly) under `cover`, once the view has come to rest and the labels are placed again. */
const labelsUnder = async (page: Page, cover: Box) => (await drawnGraph(page)).labels.filter((label) => sharedArea(label.box, cover) > 0).map((label) => label.id);

/** The nodes not wholly inside `area`, or partly under one of `covers`. */
async function nodesOutOfSight(page: Page, area: Box, covers: readonly Box[]): Promise<string[]> {
  const { bodies } = await drawnGraph(page);
  const inside = (b: Box) => b.x >= area.x - 0.5 && b.y >= area.y - 0.5 && b.x + b.width <= area.x + area.width + 0.5 && b.y + b.height <= area.y + area.height + 0.5;
  return bodies.filter((body) => !inside(body.box) || covers.some((cover) => sharedArea(body.box, cover) > 0)).map((body) => body.id);
}

/** The stage's controls and the reader sheet, which must never cover one another. */
const stageParts = (page: Page) => ({
  legend: page.getByRole('region', { name: 'Show or hide node types' }),
  key: page.getByRole('list', { name: 'Line styles' }),
  tour: page.getByRole('button', { name: /Guided tour/ }),
  viewSwitch: page.getByRole('group', { name: 'View' }),
  zoom: page.getByRole('group', { name: 'Zoom' }),
  sheet: sheet(page),
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
]) {
  test.describe(`a phone ${viewport.width} px wide, by touch`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('the graph has the full width and a good share of the height; nothing runs off screen or overlaps', async ({ page }) => {
      await page.goto('./?node=kim-jong-un');
      await waitForGraph(page);
      expect(await noHorizontalOverflow(page)).toEqual({ page: 0, explorer: 0 });
      const canvas = await boxOf(page.locator('.graph-canvas'));
      expect(canvas.x).toBe(0);
      expect(canvas.width).toBe(viewport.width);
      expect(canvas.height).toBeGreaterThanOrEqual(0.4 * viewport.height);
      await expectSideBySideWithoutOverlap(page, stageParts(page));
      // The canvas (with its zoom buttons) ends where the sheet begins.
      expect(canvas.y + canvas.height).toBeLessThanOrEqual((await boxOf(sheet(page))).y + 0.5);

      // The top bar: brand, a usable search field and a menu, all on screen and side by side.
      const search = page.getByRole('combobox', { name: /Search/ });
      const menu = page.getByRole('button', { name: 'Menu' });
      await expectSideBySideWithoutOverlap(page, { brand: page.getByText('Quotegraph', { exact: true }), search, menu });
      expect((await boxOf(search)).width).toBeGreaterThanOrEqual(120);
    });

    test('tapping a node shows its name at once, its quotes in one more tap, and "Show in article" the passage', async ({ page }) => {
      await page.goto('./');
      await waitForGraph(page);
      const kim = await nodePagePosition(page, 'kim-jong-un');
      await page.touchscreen.tap(kim.x, kim.y);
      await expect(page).toHaveURL(/\?node=kim-jong-un$/);
      const canvasBefore = await boxOf(page.locator('.graph-canvas'));

      // One obvious step: the sheet's bar names the selection; tapping it opens the quotes over part of the graph.
      const peek = sheet(page).getByRole('button', { name: /^Kim Jong Un Person · \d+ quotes/ });
      await expect(peek).toBeVisible();
      await peek.tap();
      const detailsTab = page.getByRole('tab', { name: 'Details' });
      await expect(detailsTab).toHaveAttribute('aria-selected', 'true');
      const details = await expectKimsQuotesInSight(page);
      // The graph stays in view above the half-open sheet, the canvas unchanged (no refit), panned up by half what
      // the sheet covers so the view's centre is the centre of what is still in sight; the selected node with it.
      const canvas = await boxOf(page.locator('.graph-canvas'));
      expect(canvas).toEqual(canvasBefore);
      const sheetTop = (await boxOf(sheet(page))).y;
      expect(sheetTop - canvas.y).toBeGreaterThanOrEqual(0.25 * (page.viewportSize()?.height ?? 0));
      const raised = await nodePagePosition(page, 'kim-jong-un');
      expect(raised.y).toBeLessThan(sheetTop);
      expect(raised.y).toBeCloseTo(kim.y - (canvas.y + canvas.height - sheetTop) / 2, 0);

      // "Show in article" brings the article to the front, scrolled to the passage.
      await details.getByRole('button', { name: /^Show in article/ }).first().tap();
      const articleTab = page.getByRole('tab', { name: 'Article' });
      await expect(articleTab).toHaveAttribute('aria-selected', 'true');
      await expect(details).toBeHidden();
      const article = page.getByRole('tabpanel', { name: 'Article' });
      const passage = article.locator('.passage.is-focused').first();
      await expect(passage).toHaveText('Supreme Leader Kim Jong Un');
      await expect(passage).toBeInViewport();
      await expect
        .poll(async () => {
          const [p, panel] = [await boxOf(passage), await boxOf(article)];
          return p.y >= panel.y && p.y + p.height <= panel.y + panel.height;
        })
        .toBe(true);

      // The sheet goes all the way up, and back down to its bar, which leaves the whole graph free again.
      await page.getByRole('button', { name: 'Expand the panel' }).tap();
      await expect(page.locator('.stage')).toHaveAttribute('inert', '');
      const collapse = page.getByRole('button', { name: 'Collapse the panel' });
      await collapse.tap();
      await collapse.tap();
      // At the bottom it stays focusable but does nothing more (focus is never dropped).
      await expect(collapse).toHaveAttribute('aria-disabled', 'true');
      await sheetSettled(page);
      // The pan is undone: the graph is where it was before the sheet came up.
      const back = await nodePagePosition(page, 'kim-jong-un');
      expect(back.x).toBeCloseTo(kim.x, 0);
      expect(back.y).toBeCloseTo(kim.y, 0);
      await expect(article.locator('.passage').first()).not.toBeInViewport();
      await expectSideBySideWithoutOverlap(page, stageParts(page));
    });

    test('with the sheet half up, the zoom buttons stay above it and in reach, no label is drawn under it, and Fit fits the graph above it', async ({
      page,
    }) => {
      await page.goto('./?node=kim-jong-un');
      await waitForGraph(page);
      await page.getByRole('tab', { name: 'Details' }).tap();
      await expect(sheet(page)).toHaveAttribute('data-sheet', 'half');
      await sheetSettled(page);
      const sheetBox = await boxOf(sheet(page));
      const zoom = page.getByRole('group', { name: 'Zoom' });
      expect(sharedArea(await boxOf(zoom), sheetBox), 'the zoom buttons are under the sheet').toBe(0);
      for (const name of ZOOM_BUTTONS) expect(await reachable(page.getByRole('button', { name })), `a tap on "${name}" reaches it`).toBe(true);
      // Once the view rests after the sheet's pan, the labels are placed again, clear of the sheet.
      await expect.poll(() => labelsUnder(page, sheetBox)).toEqual([]);
      // Moved down (by the arrow keys), part of the graph goes under the sheet: its nodes there lose their labels.
      await page.locator('.graph-canvas').focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
      const canvas = await boxOf(page.locator('.graph-canvas'));
      const bodies = (await drawnGraph(page)).bodies;
      expect(bodies.filter((body) => sharedArea(body.box, sheetBox) > 0).length, 'nodes under the sheet').toBeGreaterThan(0);
      await expect.poll(() => labelsUnder(page, sheetBox)).toEqual([]);

      // Fit shows the whole graph in the part still in sight: above the sheet, clear of the buttons.
      await page.getByRole('button', { name: 'Fit the whole graph' }).tap();
      const inSight = { ...canvas, height: sheetBox.y - canvas.y };
      await expect.poll(async () => nodesOutOfSight(page, inSight, [await boxOf(zoom)])).toEqual([]);
      await expect.poll(() => labelsUnder(page, sheetBox)).toEqual([]);
      expect(await labelsUnder(page, await boxOf(zoom))).toEqual([]);
    });

    test('the tabs are real tabs: selected state, the panel they control, arrow keys', async ({ page }) => {
      await page.goto('./');
      await waitForGraph(page);
      const tabs = page.getByRole('tablist', { name: 'Details and article' }).getByRole('tab');
      await expect(tabs).toHaveText(['Details', 'Article']);
      const article = page.getByRole('tab', { name: 'Article' });
      await article.tap();
      await expect(article).toHaveAttribute('aria-selected', 'true');
      const panelId = await article.getAttribute('aria-controls');
      await expect(page.locator(`[id="${panelId}"]`)).toBeVisible();
      await expect(page.locator(`[id="${panelId}"]`)).toHaveAttribute('role', 'tabpanel');
      await article.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(page.getByRole('tab', { name: 'Details' })).toBeFocused();
      await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
    });

    test('the top bar: search selects by touch, and Edit, Open, Embed and Export are in a menu that fits', async ({ page }) => {
      await page.goto('./');
      await waitForGraph(page);
      await page.getByRole('combobox', { name: /Search/ }).tap();
      await page.keyboard.type('Putin');
      await page.getByRole('option', { name: /Vladimir Putin/ }).tap();
      await expect(sheet(page).getByRole('button', { name: /^Vladimir Putin Person/ })).toBeVisible();

      const menu = page.getByRole('button', { name: 'Menu' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await menu.tap();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      const actions = {
        edit: page.getByRole('button', { name: 'Edit' }),
        open: page.locator('summary', { hasText: 'Open' }),
        embed: page.getByRole('button', { name: 'Embed' }),
        export: page.locator('summary', { hasText: 'Export' }),
      };
      for (const action of Object.values(actions)) await expect(action).toBeInViewport({ ratio: 1 });
      await expectSideBySideWithoutOverlap(page, actions);
      // A submenu opens inside the viewport.
      await actions.open.tap();
      await expect(page.getByRole('button', { name: 'A story file from this computer…' })).toBeInViewport({ ratio: 1 });
      await actions.embed.tap();
      const dialog = page.getByRole('dialog', { name: 'Embed this graph' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Copy' }).first()).toBeInViewport();
      await dialog.getByRole('button', { name: 'Close' }).tap();
      // Escape closes the menu and gives focus back to its button.
      await menu.focus();
      await page.keyboard.press('Escape');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(actions.edit).toBeHidden();
    });

    test('axe finds no serious or critical violations in the phone layout, collapsed or open', async ({ page }) => {
      await page.goto('./?node=kim-jong-un');
      await waitForGraph(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('tab', { name: 'Details' }).tap();
      await sheetSettled(page);
      await page.getByRole('button', { name: 'Menu' }).tap();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the studio opens on a phone: its panel is in the sheet and the graph stays in view', async ({ page }) => {
      await page.goto('./?node=kim-jong-un');
      await waitForGraph(page);
      await page.getByRole('button', { name: 'Menu' }).tap();
      await page.getByRole('button', { name: 'Edit' }).tap();
      // Choosing Edit closes the menu.
      await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
      await page.getByRole('tab', { name: 'Studio' }).tap();
      const studio = page.getByRole('region', { name: 'Studio' });
      await expect(studio.getByRole('button', { name: 'Undo' })).toBeInViewport();
      expect(await noHorizontalOverflow(page)).toEqual({ page: 0, explorer: 0 });
      await expect(page.locator('.graph-canvas')).toBeInViewport({ ratio: 0.4 });
    });
  });
}

for (const { viewport, touch, name } of [
  { viewport: { width: 844, height: 390 }, touch: true, name: 'a phone on its side, by touch' },
  { viewport: { width: 640, height: 400 }, touch: false, name: 'a laptop at 200% zoom' },
]) {
  test.describe(`a short, wide window ${viewport.width} x ${viewport.height} (${name})`, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });
    const press = (locator: Locator) => (touch ? locator.tap() : locator.click());
    const pressAt = (page: Page, { x, y }: { x: number; y: number }) => (touch ? page.touchscreen.tap(x, y) : page.mouse.click(x, y));
    /** The one row above the graph: the legend and the line key (scrolling sideways), the tour and the view switch. */
    const rowParts = (page: Page) => ({
      legendAndKey: page.locator('.stage-scroller'),
      tour: page.getByRole('button', { name: /Guided tour/ }),
      viewSwitch: page.getByRole('group', { name: 'View' }),
      zoom: page.getByRole('group', { name: 'Zoom' }),
      sheet: sheet(page),
    });

    test('the graph gets most of the screen and shows every node; the sheet comes in from the right; nothing overlaps', async ({ page }) => {
      await page.goto('./');
      await waitForGraph(page);
      expect(await noHorizontalOverflow(page)).toEqual({ page: 0, explorer: 0 });
      const canvas = await boxOf(page.locator('.graph-canvas'));
      const sheetBox = await boxOf(sheet(page));
      // Most of the height, and (left of the collapsed sheet, which sits in the bottom right corner) most of the width.
      expect(canvas.height).toBeGreaterThanOrEqual(0.7 * viewport.height);
      expect(canvas.width).toBe(viewport.width);
      expect(sheetBox.x - canvas.x).toBeGreaterThanOrEqual(0.55 * viewport.width);
      expect(sheetBox.y + sheetBox.height).toBeCloseTo(viewport.height, 0);
      await expectSideBySideWithoutOverlap(page, rowParts(page));
      await expect(page.getByRole('button', { name: /Guided tour/ })).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('group', { name: 'View' })).toBeInViewport({ ratio: 1 });
      // Every node of the story in the canvas, none under the sheet or the zoom buttons, and no label under either.
      const zoom = await boxOf(page.getByRole('group', { name: 'Zoom' }));
      expect(await nodesOutOfSight(page, canvas, [sheetBox, zoom])).toEqual([]);
      expect(await labelsUnder(page, sheetBox)).toEqual([]);
      expect(await labelsUnder(page, zoom)).toEqual([]);
      for (const label of ZOOM_BUTTONS) expect(await reachable(page.getByRole('button', { name: label })), `"${label}" is in reach`).toBe(true);
    });

    test('a node pressed on the graph shows its quotes one press later, beside the graph, which stays in sight', async ({ page }) => {
      await page.goto('./');
      await waitForGraph(page);
      const kim = await nodePagePosition(page, 'kim-jong-un');
      await pressAt(page, kim);
      await expect(page).toHaveURL(/\?node=kim-jong-un$/);
      const peek = sheet(page).getByRole('button', { name: /^Kim Jong Un Person · \d+ quotes/ });
      await expect(peek).toBeInViewport();
      await press(peek);
      const details = await expectKimsQuotesInSight(page);

      // The sheet is a column at the right, under the row of controls, which it leaves in reach.
      const sheetBox = await boxOf(sheet(page));
      const canvas = await boxOf(page.locator('.graph-canvas'));
      expect(sheetBox.x + sheetBox.width).toBeCloseTo(viewport.width, 0);
      expect(sheetBox.y).toBeCloseTo(canvas.y, 0);
      expect(sheetBox.x - canvas.x).toBeGreaterThanOrEqual(0.4 * viewport.width);
      await expectSideBySideWithoutOverlap(page, rowParts(page));
      for (const label of ZOOM_BUTTONS) expect(await reachable(page.getByRole('button', { name: label })), `"${label}" is in reach`).toBe(true);
      // The view moved left with the sheet (by half what it newly covers): the pressed node is still in sight.
      const moved = await nodePagePosition(page, 'kim-jong-un');
      expect(moved.x).toBeLessThan(sheetBox.x);
      expect(moved.y).toBeCloseTo(kim.y, 0);
      await expect.poll(() => labelsUnder(page, sheetBox)).toEqual([]);

      // Fit shows the whole graph left of the sheet; the arrow back hides the quotes again.
      await press(page.getByRole('button', { name: 'Fit the whole graph' }));
      const inSight = { ...canvas, width: sheetBox.x - canvas.x };
      await expect.poll(async () => nodesOutOfSight(page, inSight, [await boxOf(page.getByRole('group', { name: 'Zoom' }))])).toEqual([]);
      await press(page.getByRole('button', { name: 'Collapse the panel' }));
      await expect(sheet(page)).toHaveAttribute('data-sheet', 'collapsed');
      await expect(details).not.toBeInViewport();
    });

    test('during the guided tour, its buttons and the zoom buttons stay in reach above the shorter graph', async ({ page }) => {
      await page.goto('./');
      await waitForGraph(page);
      await press(page.getByRole('button', { name: /Guided tour/ }));
      const next = page.getByRole('button', { name: 'Next', exact: true });
      await expect(next).toBeInViewport({ ratio: 1 });
      expect(await reachable(next)).toBe(true);
      // The step's text takes height from the graph: the buttons move beside the sheet's card if not above it.
      await expect.poll(async () => Promise.all(ZOOM_BUTTONS.map((label) => reachable(page.getByRole('button', { name: label }))))).toEqual([true, true, true]);
      await expectSideBySideWithoutOverlap(page, { next, zoom: page.getByRole('group', { name: 'Zoom' }), sheet: sheet(page) });
    });

    test('axe finds no serious or critical violations, the sheet collapsed or half out', async ({ page }) => {
      await page.goto('./?node=kim-jong-un');
      await waitForGraph(page);
      expect(await seriousViolations(page)).toEqual([]);
      await press(page.getByRole('tab', { name: 'Article' }));
      await sheetSettled(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe('a 640 px window (a laptop at 200% zoom)', () => {
  test.use({ viewport: { width: 640, height: 800 } });

  test('shows the title, and its controls neither run off screen nor cover the article', async ({ page }) => {
    await page.goto('./?node=kim-jong-un');
    await waitForGraph(page);
    expect(await noHorizontalOverflow(page)).toEqual({ page: 0, explorer: 0 });
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toBeVisible();
    expect((await boxOf(title)).width).toBeGreaterThanOrEqual(150);
    await expectSideBySideWithoutOverlap(page, { title, search: page.getByRole('combobox', { name: /Search/ }), menu: page.getByRole('button', { name: 'Menu' }) });
    await expectSideBySideWithoutOverlap(page, stageParts(page));
    expect((await boxOf(page.locator('.graph-canvas'))).width).toBe(640);
    // By keyboard: the menu opens with Enter, and focus is visible on what it holds.
    await page.getByRole('button', { name: 'Menu' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const edit = page.getByRole('button', { name: 'Edit' });
    await expect(edit).toBeFocused();
    expect(await edit.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  });
});

// WCAG's reflow at 200% zoom: a 1280 px window is 640 CSS px wide, and 360 to 800 tall as the screen and the
// browser's bars allow. With the guided tour open (its step takes height from the graph) nothing may be lost or covered.
for (const height of [360, 400, 500, 800]) {
  test(`at 640 x ${height} with the tour open: the whole title, a graph of usable height, zoom buttons on it and clear of the rest`, async ({ page }) => {
    await page.setViewportSize({ width: 640, height });
    await page.goto('./');
    await waitForGraph(page);
    await page.getByRole('button', { name: /Guided tour/ }).click();
    const next = page.getByRole('button', { name: 'Next', exact: true });
    await expect(next).toBeFocused();
    await expect(next).toBeInViewport({ ratio: 1 });
    expect(await reachable(next)).toBe(true);

    // The title is shown whole (on two lines if need be), not cut to a few letters.
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toBeVisible();
    expect(await title.evaluate((h) => [h.scrollWidth - h.clientWidth, h.scrollHeight - h.clientHeight])).toEqual([0, 0]);

    // The graph keeps a usable height in sight (not under the tour, nor under a sheet from the bottom)...
    await sheetSettled(page);
    const canvas = await boxOf(page.locator('.graph-canvas'));
    const sheetBox = await boxOf(sheet(page));
    const fromBottom = sheetBox.x < canvas.x + 1;
    const inSight = { ...canvas, height: (fromBottom ? Math.min(canvas.y + canvas.height, sheetBox.y) : canvas.y + canvas.height) - canvas.y };
    // (The audit measured 8 to 51 px; a bottom sheet at 640 x 500 left 112.) Enough for a step's fitted neighbourhood.
    expect(inSight.height, 'the graph’s height in sight').toBeGreaterThanOrEqual(120);
    // ...and its zoom buttons lie on that part, covering none of the controls around it.
    const zoom = await boxOf(page.getByRole('group', { name: 'Zoom' }));
    expect(zoom.y).toBeGreaterThanOrEqual(inSight.y);
    expect(zoom.y + zoom.height).toBeLessThanOrEqual(inSight.y + inSight.height + 0.5);
    for (const label of ZOOM_BUTTONS) expect(await reachable(page.getByRole('button', { name: label })), `"${label}" is in reach`).toBe(true);
    await expectSideBySideWithoutOverlap(page, {
      title,
      search: page.getByRole('combobox', { name: /Search/ }),
      // The legend scrolls sideways: what counts is the strip it scrolls in (on a short screen, shared with the key).
      legend: fromBottom ? page.getByRole('region', { name: 'Show or hide node types' }) : page.locator('.stage-scroller'),
      viewSwitch: page.getByRole('group', { name: 'View' }),
      tour: page.getByRole('region', { name: /Xi and Kim meet/ }),
      zoom: page.getByRole('group', { name: 'Zoom' }),
      sheet: sheet(page),
    });

    // The article, brought up: nothing of the stage's (the view switch) lies over its first line in sight.
    await page.getByRole('tab', { name: 'Article' }).click();
    await sheetSettled(page);
    const firstLineReachable = await page.locator('.article-panel').evaluate((panel) => {
      const box = panel.getBoundingClientRect();
      return [0.1, 0.5, 0.9].map((at) => panel.contains(document.elementFromPoint(box.left + at * box.width, box.top + 14)));
    });
    expect(firstLineReachable).toEqual([true, true, true]);
  });
}

test('on a desktop the details and article stay side by side with the graph, without tabs', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?node=kim-jong-un');
  await waitForGraph(page);
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveCount(0);
  const [canvas, details, article] = await Promise.all([
    boxOf(page.locator('.graph-canvas')),
    boxOf(page.getByRole('region', { name: 'Details' })),
    boxOf(page.locator('.article-panel')),
  ]);
  expect(details.x).toBeGreaterThanOrEqual(canvas.x + canvas.width);
  expect(article.x).toBe(details.x);
  expect(article.y).toBeGreaterThanOrEqual(details.y + details.height);
});
