import type { Page } from '@playwright/test';
import { expect, test, waitForGraph } from './test';

/** The default story in the studio, with a node selected by searching for it. */
async function editWithSelected(page: Page, label: string, relation?: RegExp): Promise<void> {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('combobox').fill(label);
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
