import { expect, test } from './test';

test('a story that fails its checks shows its problems, with paths, on the page', async ({ page }) => {
  await page.goto('./?story=fixtures/invalid-straight-quotes.json');
  await expect(page.getByRole('heading', { name: 'This story cannot be shown' })).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('listitem')).toContainText('nodes[3].evidence[0].quote');
  await expect(page.getByRole('listitem')).toContainText('differs only in quote marks');
  await page.getByRole('link', { name: 'Open the default story' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
});

test('a file that is not JSON, and a missing file, get a readable message', async ({ page, pageErrors }) => {
  await page.goto('./?story=fixtures/invalid-not-json.json');
  await expect(page.getByRole('listitem')).toContainText('This is not valid JSON');
  await page.goto('./?story=fixtures/missing.json');
  await expect(page.getByRole('listitem')).toContainText('The server answered 404');
  // The browser itself logs the failed request; that one is expected.
  expect(pageErrors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
  pageErrors.length = 0;
});

test('a valid story from ?story= opens', async ({ page }) => {
  await page.goto('./?story=fixtures/small-story.json&node=ben');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small test story');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Ben');
});
