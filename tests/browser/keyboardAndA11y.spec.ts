import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { syntheticStory } from '../../src/cli/bench/syntheticStory';
import { seriousViolations, WCAG22_AA } from './axe';
import { expect, test, waitForGraph } from './test';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(`(${matches.toString()})(document.activeElement)`);
    if (found) return;
  }
  throw new Error(`never reached by Tab: ${matches.toString()}`);
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}


const heading = (page: Page) => page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });

test('every action works from the keyboard alone, with visible focus', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);

  // Search: Tab to it, type, choose with Enter.
  await tabTo(page, (el) => el.getAttribute('role') === 'combobox');
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.type('putin');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Vladimir Putin');

  // Legend filter: switch places off and on again.
  await tabTo(page, (el) => el.textContent?.startsWith('Place') === true);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Place \d+$/ })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Place \d+$/ })).toHaveAttribute('aria-pressed', 'true');

  // The canvas: zoom and pan from the keyboard.
  await tabTo(page, (el) => el.classList.contains('graph-canvas'));
  expect(await focusIsVisible(page)).toBe(true);
  const view = () => page.locator('.graph-canvas').evaluate((h) => {
    const cy = (h as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy;
    return { zoom: cy.zoom(), x: cy.pan().x };
  });
  const before = await view();
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowLeft');
  const after = await view();
  expect(after.zoom).toBeGreaterThan(before.zoom);
  expect(after.x).not.toBe(before.x);

  // Details: follow a relation to the other node, then show a quote in the article.
  await tabTo(page, (el) => el.classList.contains('node-link') && el.textContent === 'Kim Jong Un');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Kim Jong Un');
  await tabTo(page, (el) => el.textContent?.startsWith('Show in article') === true);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.passage.is-focused').first()).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);

  // Escape clears the selection.
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
  await expect(page.getByTestId('announcer')).toHaveText('Selection cleared.');

  // The list view, the graph's DOM twin, from the keyboard. The article's ninety passages are one Tab stop, so from
  // the passage just shown Tab leaves the article at once and comes round to List past the page's controls (the
  // top bar, the legend, the canvas and its zoom buttons): some 20 presses, where every passage once took one each.
  await tabTo(page, (el) => el.textContent === 'List', 25);
  await page.keyboard.press('Enter');
  // The list loads on first use (fetched from the moment List has focus): on once it is there. The list is one Tab
  // stop, just behind the view switch (the list is drawn above it), on its first row; the arrow keys move along it.
  await expect(page.locator('.list-node').first()).toBeVisible();
  await pressesTo(page, 'Shift+Tab', (el) => el.classList.contains('list-node'), 4);
  const juche = page.getByRole('button', { name: /^Juche, ideology, \d+ relations$/ });
  for (let i = 0; i < 200 && !(await juche.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(juche).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Juche');
  await expect(juche).toHaveAttribute('aria-current', 'true');
});

/** Presses `key` until the focused element matches; returns how many presses that took (fails after `max`). */
async function pressesTo(page: Page, key: string, matches: (el: Element) => boolean, max: number): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return i;
  }
  throw new Error(`not reached in ${max} presses of ${key}: ${matches.toString()}`);
}

test('short Tab paths: from List to the first row, and from a selected node to its first quote, in at most 5 presses', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const firstQuote = (el: Element) => !!el.closest('.details-panel figure.evidence') && el.textContent?.startsWith('Show in article') === true && !el.closest('.evidence-list > li + li');

  // List: Enter shows the list; the list is one Tab stop (its first row, with nothing selected), just behind the
  // view switch (the footer follows the list, as it is drawn below it).
  const list = page.getByRole('button', { name: 'List', exact: true });
  await list.focus();
  await page.keyboard.press('Enter');
  const firstRow = page.locator('.list-node').first();
  await expect(firstRow).toBeVisible();
  const toFirstRow = 1 + (await pressesTo(page, 'Shift+Tab', (el) => el.classList.contains('list-node') || el.classList.contains('list-edge'), 4));
  await expect(firstRow).toBeFocused();
  expect(toFirstRow).toBeLessThanOrEqual(5);
  expect(await focusIsVisible(page)).toBe(true);

  // Selected in the list, a node's first quote is five Tabs on: the list is passed in one.
  await page.keyboard.press('Enter');
  const name = ((await firstRow.textContent()) ?? '').split(',')[0] ?? '';
  await expect(heading(page)).toHaveText(name);
  expect(await pressesTo(page, 'Tab', firstQuote, 5)).toBeLessThanOrEqual(5);

  // On the canvas: N selects a node, Enter goes to its details' heading, Tab to its first quote.
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await page.locator('.graph-canvas').focus();
  await page.keyboard.press('n');
  await expect(heading(page)).not.toHaveText(name);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  expect(1 + (await pressesTo(page, 'Tab', firstQuote, 4))).toBeLessThanOrEqual(5);
  expect(await focusIsVisible(page)).toBe(true);
});

for (const [layout, viewport] of [['wide', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
  test(`skip links, the page's first Tab stops, go straight to the graph, the details and the article (${layout})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./?node=kim-jong-un');
    await waitForGraph(page);
    const links = [
      ['Skip to the graph', page.locator('.graph-canvas')],
      ['Skip to the details', heading(page)],
      ['Skip to the article', page.locator('.article-panel h2')],
    ] as const;
    // The first three Tabs, each shown while focused, inside the window.
    for (const [name] of links) {
      await page.keyboard.press('Tab');
      const link = page.getByRole('link', { name });
      await expect(link).toBeFocused();
      await expect(link).toBeInViewport({ ratio: 1 });
      expect(await focusIsVisible(page)).toBe(true);
    }
    for (const [name, lands] of links) {
      await page.getByRole('link', { name }).focus();
      await page.keyboard.press('Enter');
      await expect(lands).toBeFocused();
      await expect(lands).toBeInViewport();
    }
  });
}

test('the article is one Tab stop: the arrow keys go from passage to passage, Tab leaves it', async ({ page }) => {
  await page.goto('./?node=kim-jong-un');
  await waitForGraph(page);
  const passages = page.locator('.article-panel a.passage');
  expect(await passages.count()).toBeGreaterThan(50);
  expect(await page.locator('.article-panel a.passage[tabindex="0"]').count()).toBe(1);
  await page.getByRole('button', { name: /Show in article/ }).first().click();
  const shown = page.locator('.article-panel a.passage.is-focused').first();
  await expect(shown).toBeFocused();
  const at = await shown.evaluate((el) => [...document.querySelectorAll('.article-panel a.passage')].indexOf(el));
  await page.keyboard.press('ArrowDown');
  await expect(passages.nth(at + 1)).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(passages.nth(at - 1)).toBeFocused();
  // Tab goes on past the article (it is the page's last part) rather than to the next passage.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.article-panel'))).toBe(false);
  // and Shift+Tab comes back to the passage last focused.
  await page.keyboard.press('Shift+Tab');
  await expect(passages.nth(at - 1)).toBeFocused();
});

test('the guided tour steps by keyboard: Next keeps focus, each step is announced, End tour returns to its button', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const tour = page.locator('.tour');
  const next = tour.getByRole('button', { name: 'Next', exact: true });
  const announcer = page.getByTestId('announcer');
  await tabTo(page, (el) => el.classList.contains('tour-start'));
  await page.keyboard.press('Enter');
  // Starting puts focus on Next (0 presses away), never in the article paragraph.
  await expect(next).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  for (let step = 1; step <= 9; step++) {
    await expect(tour).toContainText(`step ${step} of 9`);
    const title = (await tour.locator('.tour-title').textContent()) ?? '';
    const text = (await tour.locator('.tour-text').textContent()) ?? '';
    await expect(announcer).toHaveText(`Guided tour, step ${step} of 9: ${title}. ${text}`);
    // The focused region's name and description are the step's title and text too.
    await expect(tour).toHaveAccessibleName(title);
    await expect(tour).toHaveAccessibleDescription(text);
    await expect(next).toBeFocused();
    if (step < 9) await page.keyboard.press('Enter');
  }
  // At the last step Next says it is unavailable but keeps focus; pressing it stays put.
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(tour).toContainText('step 9 of 9');
  await expect(next).toBeFocused();
  // Previous is one Shift+Tab away and keeps focus as well.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(tour).toContainText('step 8 of 9');
  await expect(tour.getByRole('button', { name: 'Previous', exact: true })).toBeFocused();
  await expect(page.locator('.article-paragraph:focus')).toHaveCount(0);
  // End tour: back on the button that started it.
  await tour.getByRole('button', { name: 'End tour' }).focus();
  await page.keyboard.press('Enter');
  await expect(tour).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Guided tour/ })).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
});

test('focus never drops to the top of the page: Open relation, the passage chooser, Export, Add node', async ({ page }) => {
  await page.goto('./?node=kim-jong-un');
  await waitForGraph(page);
  const focusedText = () => page.evaluate(() => (document.activeElement === document.body ? 'BODY' : (document.activeElement?.textContent ?? '')));

  // Open relation: the panel now shows the relation; focus is on its heading.
  await tabTo(page, (el) => el.classList.contains('relation-open'), 200);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  await expect(heading(page)).not.toHaveText('Kim Jong Un');
  expect(await focusIsVisible(page)).toBe(true);

  // The passage chooser: choosing one of its things, or closing it, goes back to the passage that opened it.
  const passage = page.locator('a.passage[aria-expanded]').first();
  await passage.focus();
  await page.keyboard.press('Enter');
  await expect(passage).toHaveAttribute('aria-expanded', 'true');
  await page.locator('.passage-chooser .chip').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.passage-chooser')).toHaveCount(0);
  await expect(passage).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);

  // An Export item: the menu closes, focus is back on Export.
  const exportMenu = page.locator('details.export-menu').filter({ has: page.locator('summary', { hasText: /^Export$/ }) });
  await exportMenu.locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('Story file (JSON)');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await download;
  await expect(exportMenu).not.toHaveAttribute('open');
  await expect(exportMenu.locator('summary')).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);

  // Add node in the studio: focus goes to the new node's editor, where its quote is added next.
  await page.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'New node' });
  await form.getByLabel('Name').fill('Kim Yo Jong');
  await form.getByRole('button', { name: 'Add node' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Edit Kim Yo Jong' })).toBeVisible();
  await expect(page.locator('.studio-editor-title')).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
});

test('after following a neighbour link in the details panel, focus is on the new selection heading, in view', async ({ page }) => {
  await page.goto('./?node=kim-jong-un');
  await waitForGraph(page);
  // A neighbour far down the panel, below its visible bottom before the panel scrolls.
  const link = page.locator('.details-panel .relation-line .node-link').last();
  const name = ((await link.textContent()) ?? '').trim();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(name);
  await expect(heading(page)).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  // Inside the panel's visible part, not hidden below its bottom.
  const inPanel = await page.evaluate(() => {
    const panel = document.querySelector('.details-panel')?.getBoundingClientRect();
    const h = document.activeElement?.getBoundingClientRect();
    return !!panel && !!h && h.top >= panel.top && h.bottom <= panel.bottom;
  });
  expect(inPanel).toBe(true);
  // And on to a neighbour of the new selection: the same again.
  const next = page.locator('.details-panel .relation-line .node-link').first();
  const nextName = ((await next.textContent()) ?? '').trim();
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(nextName);
  await expect(heading(page)).toBeFocused();
});

test('a long list renders only the rows in view, yet arrows, End and search reach any row', async ({ page }) => {
  // 300 nodes make some 1,500 rows, three times the 500 up to which the list renders whole.
  const story = syntheticStory(300, { seed: 20_250_905, positions: true });
  await page.route('**/long-story.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(story) }));
  await page.goto('./?story=long-story.json');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const rows = page.locator('.list-node, .list-edge');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(120);

  // The arrow keys walk on past the rows first rendered: each focused row scrolls into view and brings its neighbours.
  await page.getByRole('combobox').focus();
  await tabTo(page, (el) => el.classList.contains('list-node'));
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveClass(/list-(node|edge)/);
  await expect(page.locator(':focus')).toBeInViewport();
  expect(await focusIsVisible(page)).toBe(true);
  expect(await page.locator('.graph-list').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

  // End reaches the very last row: the last relation of the last node of the last type.
  await page.keyboard.press('End');
  const last = page.locator(':focus');
  await expect(last).toBeInViewport();
  const standing = await last.evaluate((el) => {
    const item = el.closest('li');
    const node = item?.parentElement?.closest('li');
    return [item?.getAttribute('aria-posinset') === item?.getAttribute('aria-setsize'), node?.getAttribute('aria-posinset') === node?.getAttribute('aria-setsize')];
  });
  expect(standing).toEqual([true, true]);
  const lastText = (await last.textContent()) ?? '';
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).not.toHaveText(lastText);
  await expect(page.locator(':focus')).toBeInViewport();

  // A node chosen in search is scrolled to and marked.
  const far = story.nodes[234];
  await page.getByRole('combobox').fill(far?.label ?? '');
  await page.keyboard.press('Enter');
  const current = page.locator('.list-node[aria-current="true"]');
  await expect(current).toHaveText(far?.label ?? '');
  await expect(current).toBeInViewport();
  expect(await rows.count()).toBeLessThan(120);
  // The list alone: axe over the whole page, article and all, takes longer than the test may.
  expect(await seriousViolations(page, '.graph-list')).toEqual([]);
});

test('the Open and Export menus close on Escape (focus back on their button) and when focus leaves; the file input is no second button', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  for (const name of ['Open', 'Export']) {
    const menu = page.locator('details.export-menu').filter({ has: page.locator('summary', { hasText: new RegExp(`^${name}$`) }) });
    const summary = menu.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(menu).not.toHaveAttribute('open', '');
    await expect(summary).toBeFocused();

    // Open again, then Shift+Tab away from its button: focus left, so the menu closes.
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open', '');
    await page.keyboard.press('Shift+Tab');
    await expect(menu).not.toHaveAttribute('open', '');
  }

  // A click outside closes it too, once that click has done its work.
  const exportMenu = page.locator('details.export-menu:not(.open-menu)');
  await exportMenu.locator('summary').click();
  await expect(exportMenu).toHaveAttribute('open', '');
  await page.getByRole('heading', { level: 1 }).click();
  await expect(exportMenu).not.toHaveAttribute('open', '');

  // One way to a story file in the accessibility tree, the menu's own button, which still opens the file chooser.
  const open = page.locator('details.open-menu');
  await open.locator('summary').click();
  const fileButtons = await open.getByRole('button', { name: /file/i }).allTextContents();
  expect(fileButtons).toEqual(['A story file from this computer…']);
  expect(await open.ariaSnapshot()).not.toMatch(/Story file|Choose file/);
  const chooser = page.waitForEvent('filechooser');
  await open.getByRole('button', { name: 'A story file from this computer…' }).click();
  await (await chooser).setFiles('tests/fixtures/small-story.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small test story');
});

test('in forced colours the current passages keep a visible cue (an outline), and say they are current', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./?node=kim-jong-un');
  await waitForGraph(page);
  const current = page.locator('.article-panel .passage.is-current').first();
  await expect(current).toHaveAttribute('aria-current', 'true');
  const outline = await current.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);

  // Which view is on (Graph or List) shows too: forced colours drop the pressed button's dark background.
  const look = (name: string) =>
    page.getByRole('button', { name, exact: true }).evaluate((el) => {
      const style = getComputedStyle(el);
      return `${style.backgroundColor} ${style.color}`;
    });
  expect(await look('Graph')).not.toBe(await look('List'));
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(await look('List')).not.toBe(await look('Graph'));
});

test('on a narrow screen the menu’s Open and Export are named in words: their drawn arrows are not read', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.locator('details.open-menu > summary').click();
  // Chromium's own accessibility tree, which screen readers get, rather than a computation of our own.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
  const menus = nodes.filter((n) => !n.ignored && n.role?.value === 'DisclosureTriangle').map((n) => n.name?.value);
  expect(menus).toEqual(['Open', 'Export']);
});

// One test per state: a whole-page axe pass takes several seconds on a busy machine, and five of them in one test
// came to the 30 s a test may take.
test.describe('axe finds no serious or critical violations', () => {
  test('on the opening view', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with a node selected and its passage shown in the article, and with search suggestions open', async ({ page }) => {
    await page.goto('./?node=kim-jong-un');
    await waitForGraph(page);
    await page.getByRole('button', { name: /Show in article/ }).first().click();
    await expect(page.locator('.article-panel .passage.is-focused').first()).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('combobox').fill('chin');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in the List view', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'List' }).click();
    await expect(page.locator('.list-node').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  // axe runs its WCAG 2.2 target-size rule only when asked: List rows sat 23.6 px tall, one after another.
  for (const [where, url] of [['explorer', './'], ['?embed', './?embed']] as const) {
    test(`in the ${where} List view, with WCAG 2.2 AA rules: every row a target of at least 24 px`, async ({ page }) => {
      await page.goto(url);
      await waitForGraph(page);
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await expect(page.locator('.list-edge').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).include('.graph-list').withTags(WCAG22_AA).analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
      expect(results.passes.map((v) => v.id)).toContain('target-size');
      const heights = await page.locator('.list-node, .list-edge').evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    });
  }

  test('on the page of a story that cannot be shown', async ({ page }) => {
    await page.goto('./?story=fixtures/invalid-dangling-edge.json');
    await expect(page.getByRole('heading', { name: 'This story cannot be shown' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
