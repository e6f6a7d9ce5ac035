import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { expect, test, waitForGraph } from './test';

/** The default story in the studio, with a node selected by searching for it. */
async function editWithSelected(page: Page, label: string, relation?: RegExp): Promise<void> {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('combobox', { name: /^Search/ }).fill(label);
  await page.keyboard.press('Enter');
  if (relation) await page.locator('.details-panel').getByRole('button', { name: relation }).first().click();
  await page.getByRole('button', { name: 'Edit' }).click();
}

const finder = (page: Page) => page.getByRole('region', { name: /not yet quoted/ });
const highlighted = (page: Page, words: string) => page.locator('.article-panel .passage.is-current', { hasText: words });
const countOf = async (page: Page) => Number((await finder(page).locator('.finder-count').innerText()).match(/^[\d,]+/)?.[0].replace(',', '') ?? 0);

test('find mentions: a passage naming the node becomes its evidence in one click, highlighted in the article, and Undo takes it back', async ({ page }) => {
  await editWithSelected(page, 'Kim Jong Un');
  await expect(finder(page).locator('.finder-count')).toHaveText(/^\d+ mentions not yet quoted/);
  const before = await countOf(page);
  expect(before).toBeGreaterThan(1);
  const first = finder(page).getByRole('listitem').first();
  const words = await first.locator('mark').innerText();
  const quotes = page.getByRole('heading', { name: /^Quotes \(\d+\)$/ });
  const quotesBefore = await quotes.innerText();
  const shownBefore = await highlighted(page, words).count();

  await first.getByRole('button', { name: /Add as evidence/ }).click();
  await expect(finder(page).locator('.finder-count')).toHaveText(new RegExp(`^${before - 1} mentions? not yet quoted`));
  await expect(finder(page).locator('.visually-hidden[role=status]')).toContainText(`Added as evidence to Kim Jong Un; ${before - 1} mentions left.`);
  // Focus moved to the next item's button, not to the top of the page.
  await expect(page.locator(':focus')).toHaveText(/Add as evidence/);
  await expect(highlighted(page, words)).toHaveCount(shownBefore + 1);
  await expect(quotes).not.toHaveText(quotesBefore);
  // From the keyboard: Enter on the focused button adds the next one.
  await page.keyboard.press('Enter');
  await expect(finder(page).locator('.finder-count')).toHaveText(new RegExp(`^${before - 2} mentions? not yet quoted`));
  await expect(finder(page).locator('.visually-hidden[role=status]')).toContainText(`${before - 2} mention`);
  await page.getByRole('button', { name: 'Undo' }).click();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(quotes).toHaveText(quotesBefore);
  await expect(highlighted(page, words)).toHaveCount(shownBefore);
  await expect(finder(page).locator('.finder-count')).toHaveText(new RegExp(`^${before} mentions not yet quoted`));

  // Add all is one step: one Undo takes every quote back.
  await finder(page).getByRole('button', { name: /^Add all \d+ as evidence$/ }).click();
  await expect(finder(page).locator('.finder-count')).toHaveText(/^No mentions not yet quoted|^\d+ mentions? not yet quoted/);
  await expect(quotes).not.toHaveText(quotesBefore);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(quotes).toHaveText(quotesBefore);
});

test('find mentions for a relation: sentences naming both ends', async ({ page }) => {
  await editWithSelected(page, 'Kim Jong Un', /met with/);
  await expect(page.getByRole('heading', { name: 'Sentences naming both ends' })).toBeVisible();
  await expect(finder(page).locator('.finder-count')).toHaveText(/sentences? not yet quoted|No sentences not yet quoted/);
});

const suggested = (page: Page) => page.getByRole('region', { name: 'Suggested nodes' });
const suggestion = (page: Page, label: string) => suggested(page).getByRole('listitem').filter({ has: page.locator('strong', { hasText: new RegExp(`^${label}$`) }) });

async function openSuggestions(page: Page): Promise<void> {
  await suggested(page).getByRole('button', { name: 'Suggest nodes' }).click();
  await expect(suggested(page).locator('.finder-count')).toHaveText(/names? not yet a node/);
}

test('suggest nodes: a removed node comes back as a suggestion and Accept makes it again with its quotes; Merge adds another name', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await editWithSelected(page, 'Vladimir Putin');
  await page.getByRole('button', { name: 'Remove this node…' }).click();
  await expect(page.getByRole('heading', { name: 'Node', exact: true })).toHaveCount(0);

  await openSuggestions(page);
  const putin = suggestion(page, 'Vladimir Putin');
  await expect(putin).toContainText('Person');
  await putin.getByRole('button', { name: /^Accept/ }).click();
  await expect(putin).toHaveCount(0);
  await expect(suggested(page).locator('.visually-hidden[role=status]')).toContainText(/^Added node Vladimir Putin with \d+ quotes?; \d+ suggestions? left\.$/);
  await expect(page.locator(':focus')).toHaveText(/^Accept/);

  // Placed where New node places one: in the graph in sight.
  const placed = await page.locator('.graph-canvas').evaluate((host) => {
    const cy = (host as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy;
    const node = cy.nodes().filter((n) => n.data('label') === 'Vladimir Putin');
    const p = node.renderedPosition();
    return node.length === 1 && p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
  });
  expect(placed).toBe(true);
  await page.getByRole('combobox', { name: /^Search/ }).fill('Vladimir Putin');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue('Vladimir Putin');
  await expect(page.getByRole('heading', { name: /^Quotes \([1-9]\d*\)$/ })).toBeVisible();

  // "Socialism" is proposed as another name for the node it is part of.
  const socialism = suggestion(page, 'Socialism');
  await expect(socialism.getByRole('combobox')).toHaveValue(/./);
  const into = await socialism.getByRole('combobox').locator('option:checked').innerText();
  await socialism.getByRole('button', { name: /^Merge/ }).click();
  await expect(socialism).toHaveCount(0);
  await page.getByRole('combobox', { name: /^Search/ }).fill(into);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Other names (comma-separated)')).toHaveValue(/(^|, )Socialism(,|$)/);
});

test('suggest nodes: a dismissed name is gone, stays gone after a reload of the draft, and can be restored', async ({ page }) => {
  await editWithSelected(page, 'Kim Jong Un');
  await openSuggestions(page);
  const first = suggested(page).getByRole('listitem').first();
  const name = await first.locator('strong').innerText();
  await first.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(suggestion(page, name)).toHaveCount(0);
  await expect(page.locator('.studio-save-status')).toContainText('Saved in this browser');

  await page.reload();
  await waitForGraph(page);
  await openSuggestions(page);
  await expect(suggestion(page, name)).toHaveCount(0);
  await suggested(page).getByRole('button', { name: 'Dismissed names (1)' }).click();
  await suggested(page).getByRole('button', { name: `Restore ${name}` }).click();
  await expect(suggestion(page, name)).toHaveCount(1);
});

test('suggest relations: Accept opens the relation form with both ends and the sentence as its first quote', async ({ page }) => {
  await editWithSelected(page, 'Kim Jong Un');
  const panel = page.getByRole('region', { name: 'Suggested relations' });
  await panel.getByRole('button', { name: 'Suggest relations' }).click();
  await expect(panel.locator('.finder-count')).toHaveText(/pairs? named together with no relation yet/);
  const first = panel.getByRole('listitem').first();
  const pair = await first.locator('strong').innerText();
  const [source, target] = pair.split(' and ');
  const sentence = await first.locator('.mention-sentence').innerText();
  await first.getByRole('button', { name: /^Accept/ }).click();

  const form = panel.getByRole('form', { name: 'New relation from these words' });
  const chosen = async (label: string) => form.getByLabel(label, { exact: true }).locator('option:checked').innerText();
  expect([await chosen('From'), await chosen('To')].sort()).toEqual([source, target].sort());
  // Focus is in the form, on the label, ready to type.
  await expect(form.getByLabel('Relation (reads from → to)')).toBeFocused();
  await form.getByLabel('Relation (reads from → to)').fill('named with');
  await form.getByRole('button', { name: 'Add relation' }).click();

  await expect(panel.getByRole('listitem').filter({ has: page.locator('strong', { hasText: new RegExp(`^${pair}$`) }) })).toHaveCount(0);
  await expect(panel.locator('.visually-hidden[role=status]')).toContainText(`Added a relation between ${pair}`);
  await expect(page.getByRole('heading', { name: 'Relation', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Quotes (1)' })).toBeVisible();
  await expect(page.locator('.studio-evidence q')).toHaveText(sentence);

  // Dismiss: the pair goes, and focus moves to the next pair's Accept.
  const next = panel.getByRole('listitem').first();
  const other = await next.locator('strong').innerText();
  await next.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(panel.locator('strong', { hasText: new RegExp(`^${other}$`) })).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveText(/^Accept…/);
});

test('axe finds nothing serious in the studio with every finder open, wide and on a 390 px phone', async ({ page }) => {
  await page.goto('./?node=kim-jong-un');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Suggest nodes' }).click();
  await page.getByRole('button', { name: 'Suggest relations' }).click();
  await expect(finder(page).locator('.finder-count')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Suggested nodes' }).locator('.finder-count')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Suggested relations' }).locator('.finder-count')).toBeVisible();
  expect(await seriousViolations(page, '.studio-panel')).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('.explorer.is-narrow')).toBeVisible();
  expect(await seriousViolations(page, '.studio-panel')).toEqual([]);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap adds a mention as evidence', async ({ page }) => {
    await page.goto('./?node=kim-jong-un');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('tab', { name: 'Studio' }).click();
    await expect(finder(page).locator('.finder-count')).toHaveText(/^\d+ mentions not yet quoted/);
    const before = await countOf(page);
    const add = finder(page).getByRole('button', { name: /Add as evidence/ }).first();
    await add.scrollIntoViewIfNeeded();
    await add.tap();
    await expect(finder(page).locator('.finder-count')).toHaveText(new RegExp(`^${before - 1} mentions? not yet quoted`));
    expect(await seriousViolations(page, '.studio-panel')).toEqual([]);
  });
});

/** The default story with its article repeated to 2,500 paragraphs (as bench:suggest measures the finders on). */
function longStory(): unknown {
  const story = JSON.parse(readFileSync('data/xi-kim-beijing.json', 'utf8')) as { article: { paragraphs: { id: string; text: string }[] } };
  const texts = story.article.paragraphs.map((p) => p.text);
  const paragraphs = Array.from({ length: 2_500 }, (_, i) => ({ id: i < texts.length ? (story.article.paragraphs[i]?.id ?? `p${i + 1}`) : `x${i + 1}`, text: texts[i % texts.length] ?? '' }));
  return { ...story, article: { ...story.article, paragraphs } };
}

test('a 2,500-paragraph article: the finders list a page at a time, and the studio stays usable while they work', async ({ page }) => {
  const big = longStory();
  await page.route('**/long-story.json', (route) => route.fulfill({ json: big }));
  await page.goto('./?story=long-story.json&node=kim-jong-un');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(finder(page).locator('.finder-count')).toHaveText(/^[\d,]+ mentions not yet quoted \(and [\d,]+ more not listed\)/);
  await expect(finder(page).getByRole('listitem')).toHaveCount(10);
  await finder(page).getByRole('button', { name: 'Show 10 more mentions' }).click();
  await expect(finder(page).getByRole('listitem')).toHaveCount(20);

  const nodes = page.getByRole('region', { name: 'Suggested nodes' });
  await nodes.getByRole('button', { name: 'Suggest nodes' }).click();
  // Typing goes on while the names are found: the field takes every letter.
  const summary = page.getByLabel('Summary');
  await summary.fill('');
  await summary.pressSequentially('typed while finding');
  await expect(summary).toHaveValue('typed while finding');
  await expect(nodes.locator('.finder-count')).toHaveText(/names? not yet a node/);
  expect(await nodes.getByRole('listitem').count()).toBeLessThanOrEqual(10);
});
