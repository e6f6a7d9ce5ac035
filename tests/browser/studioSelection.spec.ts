import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dragSelect, selectWords } from './articleSelection';
import { expect, test, waitForGraph } from './test';

const ARTICLE = [
  'Mayor Elena Voss won approval on Tuesday for the Eastside tram line, a project the city council had blocked twice since spring.',
  'Voss and Ruiz have clashed over the tram since March, when Councillor Marco Ruiz called the plan a gift to developers.',
  'The vote followed a report by the Harbor Transit Authority, which the city is building its timetable around, that put the cost at 412 million euros.',
  ...Array.from({ length: 8 }, (_, i) => `Background paragraph ${i + 1} says nothing in particular about the tram, the council or the city.`),
  'Construction is due to begin next year, and the first trams should run in 2028.',
];

async function newStory(page: Page, phone = false): Promise<void> {
  await page.goto('./');
  await waitForGraph(page);
  if (phone) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  if (phone) await page.getByRole('tab', { name: 'Studio' }).click();
  await page.getByRole('button', { name: 'New story…' }).click();
  await page.getByLabel('Title').fill('Harbor City approves tram line');
  await page.getByLabel(/Article text/).fill(ARTICLE.join('\n\n'));
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbor City approves tram line');
}

/** The screen boxes of the selected words, and of the box of actions. */
const boxes = (page: Page) =>
  page.evaluate(() => {
    const range = document.getSelection()?.getRangeAt(0);
    const words = [...(range?.getClientRects() ?? [])].map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
    const box = document.querySelector('.selection-popover')?.getBoundingClientRect();
    const panel = document.querySelector('.article-panel')?.getBoundingClientRect();
    return { words, box: box && { top: box.top, bottom: box.bottom, left: box.left, right: box.right }, panel: panel && { top: panel.top, bottom: panel.bottom, left: panel.left, right: panel.right } };
  });

const popover = (page: Page) => page.getByRole('dialog', { name: 'Selected words' });

test('the actions come after the mouse is released, beside the words and not over them, and go with the selection', async ({ page }) => {
  await newStory(page);
  await dragSelect(page, 'p2', 'Voss and Ruiz have clashed', async () => {
    // Still dragging: nothing under the pointer to catch the drag.
    await expect(popover(page)).toHaveCount(0);
  });
  await expect(popover(page).locator('q')).toHaveText('Voss and Ruiz have clashed');
  const { words, box, panel } = await boxes(page);
  if (!box || !panel) throw new Error('no box');
  for (const w of words) expect(w.bottom <= box.top || w.top >= box.bottom || w.right <= box.left || w.left >= box.right).toBe(true);
  expect(box.left).toBeGreaterThanOrEqual(panel.left);
  expect(box.right).toBeLessThanOrEqual(panel.right);
  expect(box.bottom).toBeLessThanOrEqual(panel.bottom);

  // A click in the article lets the selection go, and the actions with it.
  const first = words[0];
  if (!first) throw new Error('no words');
  await page.mouse.click(first.left + 2, (first.top + first.bottom) / 2);
  await expect(popover(page)).toHaveCount(0);

  // So does a click outside the article (here the studio's own panel), which used to leave the old words on offer.
  await selectWords(page, 'p3', 'Harbor Transit Authority');
  await expect(popover(page).locator('q')).toHaveText('Harbor Transit Authority');
  await page.locator('.studio-panel .details-kind').click();
  await expect(popover(page)).toHaveCount(0);
});

test('a quote is exactly the words selected now: no stray comma, nothing stale saved', async ({ page }) => {
  await newStory(page);
  await selectWords(page, 'p1', 'Elena Voss');
  await page.getByRole('button', { name: 'New node: Person' }).click();
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue('Elena Voss');

  // A drag that caught the comma before the words and cut the last word short.
  await selectWords(page, 'p3', ', which the city is buil');
  await expect(popover(page).locator('q')).toHaveText('which the city is building');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('which the city is building');

  // The selection changes: the box for the old words goes at once, and the new words are what is saved.
  await selectWords(page, 'p2', 'Voss and Ruiz');
  await expect(popover(page).locator('q')).toHaveText('Voss and Ruiz');
  await page.getByRole('button', { name: 'Add as evidence to Elena Voss' }).click();
  await expect(popover(page)).toHaveCount(0);
  await expect(page.locator('.studio-evidence q')).toHaveText(['Elena Voss', 'Voss and Ruiz']);
});

test('the keyboard reaches the actions from the article, Escape closes them; the headline says why it cannot be quoted', async ({ page }) => {
  await newStory(page);
  const article = page.getByRole('region', { name: 'Harbor City approves tram line' });
  await selectWords(page, 'p1', 'Eastside tram line');
  await expect(popover(page)).toBeVisible();
  await article.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New node: Person' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover(page)).toHaveCount(0);
  await expect(article).toBeFocused();
  // The same words again, made a node from the keyboard: focus comes back to the article for the next words.
  await selectWords(page, 'p1', 'Elena Voss');
  await expect(popover(page).locator('q')).toHaveText('Elena Voss');
  await article.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue('Elena Voss');
  await expect(popover(page)).toHaveCount(0);
  await expect(article).toBeFocused();

  await page.evaluate(() => {
    const title = document.querySelector('.article-header h2');
    if (!title) throw new Error('no headline');
    document.getSelection()?.selectAllChildren(title);
  });
  await expect(popover(page)).toContainText('The headline cannot be quoted');
  await selectWords(page, 'p12', 'first trams');
  await expect(popover(page).locator('q')).toHaveText('first trams');
  // The last paragraph's box is in sight, inside the panel.
  const { box, panel } = await boxes(page);
  expect(box && panel && box.bottom <= panel.bottom && box.top >= panel.top).toBe(true);

  const serious = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

test('a relation from words that name two nodes: ends, label and direction proposed; the words are its first quote', async ({ page }) => {
  await newStory(page);
  for (const name of ['Elena Voss', 'Marco Ruiz']) {
    await selectWords(page, name === 'Elena Voss' ? 'p1' : 'p2', name);
    await page.getByRole('button', { name: 'New node: Person' }).click();
    await expect(page.getByLabel('Label', { exact: true })).toHaveValue(name);
  }
  await selectWords(page, 'p2', 'Voss and Ruiz have clashed over the tram');
  await page.getByRole('button', { name: 'New relation…' }).click();
  const form = page.getByRole('form', { name: 'New relation from these words' });
  await expect(form.getByLabel('From', { exact: true })).toHaveValue('elena-voss');
  await expect(form.getByLabel('To', { exact: true })).toHaveValue('marco-ruiz');
  await expect(form.getByLabel(/^Relation/)).toBeFocused();
  await expect(form.getByLabel(/^Relation/)).toHaveValue('clashed over the tram');
  await expect(form.getByLabel(/Has a direction/)).not.toBeChecked();
  await page.keyboard.type('clashed with');
  await form.getByLabel('Kind (optional)').fill('opposition');
  await form.getByRole('button', { name: 'Add relation' }).click();
  await expect(popover(page)).toHaveCount(0);
  await expect(page.getByLabel('Label (reads from → to)')).toHaveValue('clashed with');
  await expect(page.locator('.studio-evidence q')).toHaveText(['Voss and Ruiz have clashed over the tram']);
  await expect(page.locator('.studio-panel').getByRole('heading', { name: /Problems/ })).toHaveText('Problems (0)');
});

test('on a 390 px phone, a selection made with the handles brings the actions once it settles', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await newStory(page, true);
  await page.getByRole('tab', { name: 'Article' }).tap();
  await selectWords(page, 'p2', 'Voss and Ruiz');
  await expect(popover(page).locator('q')).toHaveText('Voss and Ruiz');
  const { box } = await boxes(page);
  expect(box && box.left >= 0 && box.right <= 390).toBe(true);
  await page.getByRole('button', { name: 'New node: Person' }).tap();
  await expect(popover(page)).toHaveCount(0);
  await context.close();
});
