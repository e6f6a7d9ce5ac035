import type { Page } from '@playwright/test';
import { APP } from './origins';
import { expect, test, waitForGraph } from './test';

/** Records CSP violations from the first script on, in every frame of the page. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.describe('under Content-Security-Policy: default-src self; script-src self; style-src self', () => {
  test('the full explorer runs with no violation', async ({ page }) => {
    const violations = await recordViolations(page);
    const response = await page.goto(`${APP}/csp/index.html?node=juche`);
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
    await waitForGraph(page);
    await page.getByRole('button', { name: /Show in article/ }).first().click();
    expect(await violations()).toEqual([]);
  });

  test('the iframe embed runs with no violation', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(`${APP}/csp/index.html?embed&node=juche`);
    await waitForGraph(page);
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Juche');
    expect(await violations()).toEqual([]);
  });

  test('the <quote-graph> element runs with no violation', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(`${APP}/csp/hosts/csp-element.html`);
    const graph = page.locator('#graph');
    await expect(graph.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Juche');
    await page.waitForFunction(() => (document.getElementById('graph') as unknown as { cy: { nodes(): { length: number } } | null }).cy?.nodes().length);
    // Our styles apply although no inline style is allowed.
    expect(await graph.locator('.embed').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    expect(await violations()).toEqual([]);
  });

  test('the scrollytelling demo runs with no violation, focusing as the article scrolls', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(`${APP}/csp/src/demo/scrollytelling.html`);
    await page.waitForFunction(() => document.getElementById('graph')?.shadowRoot?.querySelector<HTMLElement>('.graph-canvas')?.dataset.drawn === 'true');
    await page.locator('#para-p9').evaluate((p) => p.scrollIntoView({ block: 'center' }));
    await expect(page.locator('#graph').getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(/^Highlighted/);
    expect(await violations()).toEqual([]);
  });
});

test.describe('a story whose labels and quotes carry HTML and script', () => {
  const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: number }).pwned ?? null);

  test('stays inert text in the explorer: graph, panels, tooltips, article, tour, search', async ({ page }) => {
    await page.goto('./?story=fixtures/hostile-story.json&node=anna');
    await waitForGraph(page);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('<img src=x onerror="window.pwned=4">Anna');
    await expect(details.getByText('<a href="javascript:window.pwned=6">click</a>')).toBeVisible();
    await expect(page.locator('.article-panel')).toContainText('<script>window.pwned=2</script>');
    await expect(page.locator('.article-panel a.passage').first()).toHaveAttribute('title', /<img src=x onerror/);
    expect(await page.locator('.graph-canvas').evaluate((h) => (h as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy.getElementById('anna').data('label'))).toBe(
      '<img src=x onerror="window.pwned=4">Anna',
    );
    await page.getByRole('combobox').fill('<script>');
    await expect(page.getByRole('option').first()).toContainText('“<script>window.pwned=5</script>”');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Guided tour/ }).click();
    await expect(page.locator('.tour')).toContainText('<script>window.pwned=8</script>');
    await page.getByRole('button', { name: 'List' }).click();
    await expect(page.locator('.graph-list')).toContainText('金正恩 & <i>talks</i>');
    // Nothing was parsed as markup: no injected elements, no script ran.
    expect(await page.locator('#root img, #root script, #root svg[onload], #root b, #root u').count()).toBe(0);
    expect(await pwned(page)).toBeNull();
    await expect(page).toHaveTitle(/<img src=x onerror/);
  });

  test('stays inert text in the iframe embed and in the element', async ({ page }) => {
    await page.goto('./index.html?embed&story=fixtures/hostile-story.json&node=anna');
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('<img src=x onerror="window.pwned=4">Anna');
    await expect(page.locator('.embed-title')).toHaveText('<img src=x onerror="window.pwned=Hostile & “quoted” story'.replace('window.pwned=', 'window.pwned=1"> '));
    expect(await page.locator('#root img, #root script').count()).toBe(0);
    expect(await pwned(page)).toBeNull();

    await page.goto('./hosts/hostile-element.html');
    const graph = page.locator('#graph');
    await expect(graph.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('<img src=x onerror="window.pwned=4">Anna');
    expect(await graph.locator('img, script').count()).toBe(0);
    expect(await pwned(page)).toBeNull();
  });

  test('stays inert text in the exported SVG', async ({ page }) => {
    await page.goto('./?story=fixtures/hostile-story.json&node=anna');
    await waitForGraph(page);
    await page.getByText('Export').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Vector drawing (SVG)' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const svg = readFileSync(file, 'utf8');
    // Labels wrap onto lines at spaces; each piece is escaped.
    expect(svg).toContain('&lt;img src=x');
    expect(svg).toContain('onerror=&quot;window.pwned=4&quot;&gt;Anna');
    expect(svg).not.toMatch(/<(img|script|b|u|i)[\s>]/);
    expect(svg).toContain('金正恩');
    // And a browser reads it as an image, with no script: load it in a page of its own.
    await page.goto('about:blank');
    await page.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
    expect(await page.locator('svg > g, svg g').count()).toBeGreaterThan(0);
    expect(await pwned(page)).toBeNull();
  });
});
