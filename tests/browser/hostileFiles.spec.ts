import { hostileStories } from '../../src/cli/bench/hostileCorpus';
import { expect, test, waitForGraph } from './test';

// Files made to freeze the page: each is answered in the browser as on the command line (a story drawn, or its
// problems listed, capped with a count of the rest), and the story that was open stays open when one is refused.
const corpus = hostileStories();
const file = (name: string) => {
  const found = corpus.find((f) => f.name === name);
  if (!found) throw new Error(`no hostile file ${name}`);
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(found.text) };
};

test.describe.configure({ timeout: 60_000 });

for (const [name, shown] of [
  ['near-misses', /hints are given for the first 20 quotes/],
  ['empty-edges', /At least 30,800 problems stand in the way/],
  ['dangling-edges', /420,000 problems stand in the way.*The first 200 are listed/],
  ['tiny-quotes', /would mean reading more than 64 million characters/],
  ['deep-nesting', /./],
] as const) {
  test(`${name}: refused with a readable, capped list; the open story stays`, async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    await page.locator('input[type=file][aria-label="Story file"]').setInputFiles(file(name));
    const dialog = page.getByRole('dialog', { name: `${name}.json was not opened` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(shown);
    // It opens at its heading (not scrolled down to Close), and long unbroken passages wrap instead of running off.
    await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    expect(await dialog.getByRole('listitem').count()).toBeLessThanOrEqual(200);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
  });
}

test('a valid story near the 10 MB cap is checked off the main thread and drawn', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.locator('input[type=file][aria-label="Story file"]').setInputFiles(file('big-valid'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hostile');
  await waitForGraph(page);
  expect(workers.some((url) => /storyCheckWorker/.test(url))).toBe(true);
});

test('the problem page of a story with 420,000 problems lists a thousand and counts the rest', async ({ page }) => {
  await page.route('**/fixtures/dangling.json', (route) => route.fulfill({ contentType: 'application/json', body: file('dangling-edges').buffer }));
  await page.goto('./?story=fixtures/dangling.json');
  await expect(page.getByRole('heading', { name: 'This story cannot be shown' })).toBeVisible();
  await expect(page.getByText('420,000 problems were found')).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(1_001);
  await expect(page.getByRole('listitem').last()).toContainText('419,000 more problems not listed');
});
