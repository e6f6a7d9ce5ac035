import type { Page } from '@playwright/test';
import { expect, test, waitForGraph } from './test';

// Every failure to load a story ends in words (and, for the element, in quotegraph:error): a server that stalls after
// its headers, one that drops the connection, a gzip bomb. The servers in trouble are tests/browser/troubleServer.ts.

type Recorded = { type: string; detail: { source?: string; problems?: { message: string }[] } | null };
const events = (page: Page) => page.evaluate(() => (window as unknown as { events: Recorded[] }).events);

/** Moves the page's clock on until `done` holds: the stall timer starts only once the last part has been read. */
async function fastForwardUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
  await expect
    .poll(async () => {
      if (await done()) return true;
      await page.clock.fastForward(5_000);
      return done();
    })
    .toBe(true);
}

/** The browser logs a broken or abandoned response on its own; those lines are expected here. */
function forgetNetworkNoise(pageErrors: string[]): void {
  const rest = pageErrors.filter((error) => !/Failed to load resource|net::ERR_/.test(error));
  pageErrors.length = 0;
  pageErrors.push(...rest);
}

test.describe('the explorer', () => {
  test('says so when a server sends its headers and then stalls, instead of loading forever', async ({ page, pageErrors }) => {
    await page.clock.install();
    const answered = page.waitForResponse((response) => response.url().endsWith('/trouble/stall.json'));
    await page.goto('./?story=trouble/stall.json');
    await answered;
    await expect(page.getByRole('status')).toHaveText('Loading the story…');
    const message = page.getByText('The story stopped arriving: nothing more came for 15 seconds, so loading was stopped.');
    await fastForwardUntil(page, () => message.isVisible());
    forgetNetworkNoise(pageErrors);
  });

  test('says so when the connection drops in the middle of the story', async ({ page, pageErrors }) => {
    await page.goto('./?story=trouble/drop.json');
    await expect(page.getByText('The connection broke off before the whole story arrived.')).toBeVisible();
    forgetNetworkNoise(pageErrors);
  });

  test('stops reading a gzip bomb at the size limit', async ({ page, pageErrors }) => {
    await page.goto('./?story=trouble/bomb.json');
    await expect(page.getByText('The story is larger than the 10.0 MB limit, so loading was stopped.')).toBeVisible();
    forgetNetworkNoise(pageErrors);
  });

  test('a story from the Open dialog that fails to arrive gets its message, and the open story stays', async ({ page, pageErrors }) => {
    await page.goto('./');
    await waitForGraph(page);
    await page.locator('summary', { hasText: 'Open' }).click();
    await page.getByLabel('Or a story at a web address').fill(new URL('trouble/drop.json', page.url()).href);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /drop\.json was not opened/ });
    await expect(dialog).toContainText('The connection broke off before the whole story arrived.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xi Jinping hosts Kim Jong Un in Beijing');
    forgetNetworkNoise(pageErrors);
  });
});

test('the iframe embed says so when its story stalls', async ({ page, pageErrors }) => {
  await page.clock.install();
  const answered = page.waitForResponse((response) => response.url().endsWith('/trouble/stall.json'));
  await page.goto('./index.html?embed&story=trouble/stall.json');
  await answered;
  const message = page.getByText('This graph could not be loaded.');
  await fastForwardUntil(page, () => message.isVisible());
  forgetNetworkNoise(pageErrors);
});

test.describe('the <quote-graph> element', () => {
  const host = (src: string, explorer?: string) =>
    `/hosts/element-events.html?src=${encodeURIComponent(src)}${explorer ? `&explorer=${encodeURIComponent(explorer)}` : ''}`;

  test('fires quotegraph:error and says so when its story stalls, drops or is too large', async ({ page, pageErrors }) => {
    await page.clock.install();
    await page.goto(host('/trouble/stall.json'));
    await fastForwardUntil(page, async () => (await events(page)).length > 0);
    expect(await events(page)).toEqual([
      {
        type: 'quotegraph:error',
        detail: { source: '/trouble/stall.json', problems: [expect.objectContaining({ message: expect.stringContaining('stopped arriving') })] },
      },
    ]);
    await expect(page.locator('#graph').getByText('This graph could not be loaded.')).toBeVisible();

    for (const [src, words] of [
      ['/trouble/drop.json', 'broke off'],
      ['/trouble/bomb.json', 'larger than the 10.0 MB limit'],
    ] as const) {
      await page.goto(host(src));
      await expect.poll(async () => (await events(page)).map((e) => e.type)).toEqual(['quotegraph:error']);
      expect((await events(page))[0]?.detail?.problems?.[0]?.message).toContain(words);
    }
    forgetNetworkNoise(pageErrors);
  });

  test('a src that is no address fires quotegraph:error; an explorer attribute that is none still draws the graph', async ({ page }) => {
    await page.goto(host('http://[x'));
    await expect.poll(async () => (await events(page)).map((e) => e.type)).toEqual(['quotegraph:error']);
    await expect(page.locator('#graph').getByText('This graph could not be loaded.')).toBeVisible();

    await page.goto(host('/fixtures/small-story.json', 'http://[x'));
    await expect.poll(async () => (await events(page)).map((e) => e.type)).toEqual(['quotegraph:ready']);
    // The link to the full explorer falls back to the one beside quote-graph.js.
    await expect(page.locator('#graph').getByRole('link', { name: /Open in full explorer/ })).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/index\.html\?story=/);
  });
});
