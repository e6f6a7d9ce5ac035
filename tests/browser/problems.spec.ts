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

test('every problem of a story is listed at once, as npm run validate lists them', async ({ page }) => {
  await page.goto('./?story=fixtures/invalid-several-faults.json');
  await expect(page.getByRole('heading', { name: 'This story cannot be shown' })).toBeVisible();
  const problems = page.getByRole('listitem');
  await expect(problems).toHaveCount(3);
  await expect(problems.filter({ hasText: 'nodes[1].type' })).toContainText('Is required but missing.');
  await expect(problems.filter({ hasText: 'nodes[3].evidence[0].quote' })).toContainText('is not in paragraph "p1" word for word');
  await expect(problems.filter({ hasText: 'edges[1].target' })).toContainText('"southland" is not a node of this story');
});

test('a file that is not JSON, and a missing file, get a readable message', async ({ page, pageErrors }) => {
  await page.goto('./?story=fixtures/invalid-not-json.json');
  // This browser's own wording of the error, placed by line and column.
  await expect(page.getByRole('listitem')).toContainText('This is not valid JSON: line 1, column 31: ');
  await page.goto('./?story=fixtures/invalid-json-comment.json');
  await expect(page.getByRole('listitem')).toContainText('line 4, column 25');
  await expect(page.getByRole('listitem')).toContainText('▸// a comment');
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

test.describe('opening your own story', () => {
  const heading = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

  test('a broken file, chosen or dropped, shows its problems and leaves the open story as it was', async ({ page }) => {
    await page.goto('./?node=juche');
    await expect(heading(page)).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
    await page.locator('summary', { hasText: 'Open' }).click();
    await page.locator('input[type=file]').setInputFiles('tests/fixtures/invalid-dangling-edge.json');
    const dialog = page.getByRole('dialog', { name: 'invalid-dangling-edge.json was not opened' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('edges[1].target');
    await expect(dialog).toContainText('The story you had open is unchanged.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(heading(page)).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Juche');

    // Dropped on the page: the same.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{ "version": 1, '], 'broken.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    });
    await expect(page.getByRole('dialog', { name: 'broken.json was not opened' })).toContainText('This is not valid JSON');
    await page.keyboard.press('Escape');
    await expect(heading(page)).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
  });

  test('a valid file opens in place of the current story', async ({ page }) => {
    await page.goto('./');
    await page.locator('summary', { hasText: 'Open' }).click();
    await page.locator('input[type=file]').setInputFiles('tests/fixtures/small-story.json');
    await expect(heading(page)).toHaveText('A small test story');
    await expect(page).not.toHaveURL(/story=/);
    await page.locator('summary', { hasText: 'Open' }).click();
    await page.getByLabel('Or a story at a web address').fill(new URL('fixtures/hostile-story.json', page.url()).href);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(heading(page)).toContainText('Hostile');
    await expect(page).toHaveURL(/story=/);
  });
});
