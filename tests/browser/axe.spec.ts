import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { APP, FOREIGN, HOST } from './origins';
import { expect, test, waitForGraph } from './test';

// axe with every WCAG 2.2 A and AA rule (see axe.ts) on each view the explorer, the embeds and the demo have, beyond
// those keyboardAndA11y.spec.ts and phone.spec.ts check (opening view, selection, search, List, error page; the
// phone and short-window layouts). One view per test: a whole-page pass takes seconds on a busy machine.

/** Waits for the `<quote-graph>` element `selector` to have drawn its graph. */
const elementDrawn = (page: Page, selector: string) =>
  page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.graph-canvas[data-drawn="true"]') !== null, selector);

test('the guided tour, wide and at 640 px (200% zoom)', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: /Guided tour/ }).click();
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 640, height: 500 });
  await expect(page.locator('.explorer.is-narrow')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the studio, with a node being edited', async ({ page }) => {
  await page.goto('./?node=kim-jong-un');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.locator('.studio-panel')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('?embed, with a selection, and in its List view', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto('./?embed&node=kim-jong-un');
  await waitForGraph(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.locator('.list-node').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('?embed in a host page’s iframe', async ({ page }) => {
  await page.goto(`${HOST}/hosts/iframe-host.html?app=${encodeURIComponent(APP)}&foreign=${encodeURIComponent(FOREIGN)}`);
  const frame = page.frameLocator('#quotegraph');
  await expect(frame.locator('.graph-canvas[data-drawn="true"]')).toBeAttached();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a phone embed (390 px), its quote drawer showing a selection', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('./?embed&node=kim-jong-un');
  await waitForGraph(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dark theme (an embed’s), with a selection', async ({ page }) => {
  await page.goto('./?embed&theme=dark&node=kim-jong-un');
  await waitForGraph(page);
  await expect(page.locator('.embed[data-theme="dark"]')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the <quote-graph> element in a newsroom’s page, and its List view', async ({ page }) => {
  await page.goto(`${APP}/hosts/article-page.html`);
  await page.locator('#graph').scrollIntoViewIfNeeded();
  await elementDrawn(page, '#graph');
  // The element only: the host page's own markup is the newsroom's business.
  expect(await seriousViolations(page, '#graph')).toEqual([]);
  await page.locator('#graph').getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.locator('#graph .list-node').first()).toBeVisible();
  expect(await seriousViolations(page, '#graph')).toEqual([]);
});

test('error pages: a story that cannot be read, one that cannot be fetched, one held at the door; in the explorer and ?embed', async ({ page, pageErrors }) => {
  const foreign = encodeURIComponent(`${FOREIGN}/fixtures/small-story.json`);
  for (const [url, says] of [
    ['./?story=fixtures/invalid-several-faults.json', 'This story cannot be shown'],
    ['./?story=fixtures/missing.json', 'The server answered 404'],
    [`./index.html?story=${foreign}`, 'not published by this site'],
    ['./?embed&story=fixtures/invalid-several-faults.json', 'This graph could not be loaded.'],
    [`./index.html?embed&story=${foreign}`, 'which this site has not vouched for'],
  ] as const) {
    await page.goto(url);
    await expect(page.locator('body')).toContainText(says);
    expect(await seriousViolations(page), url).toEqual([]);
  }
  // The browser itself logs the request for the missing story; that one is expected.
  expect(pageErrors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
  pageErrors.length = 0;
});

test('the scrollytelling demo', async ({ page }) => {
  await page.goto('./src/demo/scrollytelling.html');
  await elementDrawn(page, '#graph');
  expect(await seriousViolations(page)).toEqual([]);
});
