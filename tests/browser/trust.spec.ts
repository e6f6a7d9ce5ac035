import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { APP, FOREIGN, HOST } from './origins';
import { expect, test, waitForGraph } from './test';

// Stories named by a link (?story=, ?embed&story=) open unasked only from the explorer's own origin and the origins
// its quotegraph.config.json allows; any other is held at the door, and once open always shows where it is from.

const SMALL = readFileSync('tests/fixtures/small-story.json', 'utf8');
/** The forged story of the issue: a whole story in the link itself. */
const FORGED = `data:application/json,${encodeURIComponent(SMALL)}`;
const FOREIGN_STORY = `${FOREIGN}/fixtures/small-story.json`;
const at = (story: string, extra = '') => `${APP}/index.html?${extra}story=${encodeURIComponent(story)}`;

/** Serves this config instead of the one in dist/ (as a newsroom would edit it on its server). */
async function useConfig(page: Page, config: { status?: number; body: string }): Promise<void> {
  await page.route((url) => url.pathname.endsWith('/quotegraph.config.json'), (route) =>
    route.fulfill({ status: config.status ?? 200, contentType: 'application/json', body: config.body }),
  );
}

const gate = (page: Page) => page.getByRole('heading', { name: 'This story is not published by this site' });
const provenance = (page: Page) => page.locator('.provenance');

test.describe('the explorer', () => {
  test('holds a story written into the link (data:), says so, and opens it only when asked, marked as not published here', async ({ page }) => {
    await page.goto(at(FORGED));
    await expect(gate(page)).toBeVisible();
    await expect(page.locator('main')).toContainText('a story file from a data: address written into the link');
    // Nothing of the forged story is on the page: no graph, no title, no quotes, no source link.
    await expect(page.locator('.graph-canvas')).toHaveCount(0);
    await expect(page.getByText('A small test story')).toHaveCount(0);
    await page.getByRole('button', { name: 'Open it anyway' }).click();
    await waitForGraph(page);
    await expect(provenance(page)).toHaveText('!Story file from a data: address written into the link — not published by this site');
    await expect(provenance(page)).toBeVisible();
  });

  test('holds a story from another origin, naming it; opened anyway, the origin stays in view', async ({ page }) => {
    await page.goto(at(FOREIGN_STORY, 'node=ben&'));
    await expect(gate(page)).toBeVisible();
    await expect(page.locator('.story-gate .provenance-from')).toHaveText(new URL(FOREIGN).host);
    await page.getByRole('button', { name: 'Open it anyway' }).click();
    await waitForGraph(page);
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Ben');
    await expect(provenance(page)).toContainText(`Story file from ${new URL(FOREIGN).host} — not published by this site`);
  });

  test('opens a story from an origin the config allows at once, with its origin shown', async ({ page }) => {
    await useConfig(page, { body: JSON.stringify({ allowedStoryOrigins: [FOREIGN], otherStories: 'ask' }) });
    await page.goto(at(FOREIGN_STORY));
    await waitForGraph(page);
    await expect(provenance(page)).toHaveText(`Story file from ${new URL(FOREIGN).host}`);
    // Another origin is still held.
    await page.goto(at(`${HOST}/fixtures/small-story.json`));
    await expect(gate(page)).toBeVisible();
  });

  test('refuses other stories when the config says so: no way to open them from the page', async ({ page }) => {
    await useConfig(page, { body: JSON.stringify({ allowedStoryOrigins: [], otherStories: 'refuse' }) });
    await page.goto(at(FORGED));
    await expect(gate(page)).toBeVisible();
    await expect(page.getByText('This site shows only stories it publishes or has vouched for.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open it anyway' })).toHaveCount(0);
  });

  test('a broken or missing config falls back to the safe defaults without a crash', async ({ page, pageErrors }) => {
    await useConfig(page, { body: '{ "allowedStoryOrigins": [' });
    await page.goto(at(FOREIGN_STORY));
    await expect(gate(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open it anyway' })).toBeVisible();
    await page.unrouteAll();
    await useConfig(page, { status: 404, body: 'not found' });
    await page.goto(at(FOREIGN_STORY));
    await expect(page.getByRole('button', { name: 'Open it anyway' })).toBeVisible();
    // The browser itself logs the failed request for the config; that one is expected.
    expect(pageErrors.filter((e) => !e.includes('404'))).toEqual([]);
    pageErrors.length = 0;
  });

  test('the site’s own stories open as before, with no provenance line and no config fetched', async ({ page }) => {
    const configFetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('quotegraph.config.json')) configFetched.push(request.url());
    });
    await page.goto(`${APP}/?story=fixtures/small-story.json`);
    await waitForGraph(page);
    await expect(provenance(page)).toHaveCount(0);
    expect(configFetched).toEqual([]);
  });

  test('a story opened deliberately from the Open dialog opens as before, and shows where it is from', async ({ page }) => {
    await page.goto(`${APP}/`);
    await waitForGraph(page);
    await page.locator('summary', { hasText: 'Open' }).click();
    await page.getByLabel('Or a story at a web address').fill(FOREIGN_STORY);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small test story');
    await expect(provenance(page)).toContainText('not published by this site');
    // Its address, shared as a link, is held at the door for whoever follows it.
    await page.reload();
    await expect(gate(page)).toBeVisible();
  });
});

test.describe('the iframe embed', () => {
  test('holds a story from another origin in the frame, and shows its origin once opened', async ({ page }) => {
    await page.goto(at(FOREIGN_STORY, 'embed&'));
    await expect(page.getByText(`This graph’s story file comes from ${new URL(FOREIGN).host}, which this site has not vouched for`)).toBeVisible();
    await expect(page.locator('.graph-canvas')).toHaveCount(0);
    await page.getByRole('button', { name: 'Show it anyway' }).click();
    await waitForGraph(page);
    await expect(provenance(page)).toContainText(`Story file from ${new URL(FOREIGN).host} — not published by this site`);
  });

  test('holds a data: story too', async ({ page }) => {
    await page.goto(at(FORGED, 'embed&'));
    await expect(page.getByRole('button', { name: 'Show it anyway' })).toBeVisible();
    await expect(page.locator('.graph-canvas')).toHaveCount(0);
  });
});

test('the <quote-graph> element shows the story its host page names, from any origin, without asking', async ({ page }) => {
  await page.goto(`${HOST}/hosts/element-events.html?src=${encodeURIComponent(FOREIGN_STORY)}`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { events: { type: string }[] }).events.map((e) => e.type))).toEqual(['quotegraph:ready']);
  await expect(page.locator('#graph .story-gate')).toHaveCount(0);
});

test('under the strict CSP, the door reads the config and holds the story with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const config = page.waitForResponse((response) => response.url() === `${APP}/csp/quotegraph.config.json`);
  await page.goto(`${APP}/csp/index.html?story=${encodeURIComponent(FOREIGN_STORY)}`);
  expect((await config).status()).toBe(200);
  await expect(gate(page)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
