import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { syntheticStory } from '../../src/cli/bench/syntheticStory';
import { APP, HOST } from './origins';
import { expect, test, waitForGraph } from './test';

type Cy = import('cytoscape').Core;

/** Serves `story` at /fixtures/<name> for this page only (generated here: a 1,500-node story is too big to keep). */
async function serveStory(page: Page, name: string, story: unknown): Promise<string> {
  const path = `/fixtures/${name}`;
  // By path: a glob would also match the page's own address, whose query names the story.
  await page.route((url) => url.pathname === path, (route) => route.fulfill({ json: story }));
  return path;
}

/** The default story with every saved position taken out. */
function unplacedDefaultStory(): unknown {
  const story = JSON.parse(readFileSync('data/xi-kim-beijing.json', 'utf8')) as { nodes: { position?: unknown }[] };
  return { ...story, nodes: story.nodes.map(({ position: _position, ...node }) => node) };
}

/** Node positions as Cytoscape has them, rounded, by id. */
const drawnPositions = (page: Page) =>
  page.locator('.graph-canvas').evaluate((host) => {
    const positions: Record<string, { x: number; y: number }> = {};
    (host as HTMLElement & { graph: { cy: Cy } }).graph.cy.nodes().forEach((n) => {
      positions[n.id()] = { x: Math.round(n.position('x')), y: Math.round(n.position('y')) };
    });
    return positions;
  });

/** Exports the story file from the Export menu and reads it back. */
async function exportedStory(page: Page): Promise<{ nodes: { id: string; position?: { x: number; y: number } }[] }> {
  await page.locator('summary', { hasText: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Story file/ }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8'));
}

test('a large story without positions is laid out in a worker with progress shown, while search and the article work', async ({ page }) => {
  test.setTimeout(120_000);
  const story = syntheticStory(1_500, { seed: 11, positions: false });
  const url = await serveStory(page, 'unplaced-1500.json', story);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`./?story=${url}`);

  const layingOut = page.getByRole('progressbar', { name: 'Laying out 1,500 nodes' });
  await expect(layingOut).toBeVisible();
  await expect(page.locator('.graph-progress')).toContainText(/Laying out 1,500 nodes… \d+%/);
  // Meanwhile the page answers: search selects a node, and its passage is in the article.
  const target = story.nodes[7];
  await page.getByRole('combobox').fill(target?.label ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(target?.label ?? '');

  // Then the graph is drawn (in parts, with its own progress), and every node has a place of its own.
  await expect(page.locator('.graph-progress')).toHaveCount(0, { timeout: 100_000 });
  expect(workers.some((u) => u.includes('layoutWorker'))).toBe(true);
  const positions = Object.values(await drawnPositions(page));
  expect(positions).toHaveLength(1_500);
  expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(1_500);
  const selected = await page.locator('.graph-canvas').evaluate((host, id) => (host as HTMLElement & { graph: { cy: Cy } }).graph.cy.getElementById(id).hasClass('is-selected'), target?.id ?? '');
  expect(selected).toBe(true);
});

test('the laid-out picture of a story without positions is the same on every load, and the studio can keep it', async ({ page }) => {
  const url = await serveStory(page, 'xi-unplaced.json', unplacedDefaultStory());
  await page.goto(`./?story=${url}`);
  await waitForGraph(page);
  const laidOut = await drawnPositions(page);
  await page.reload();
  await waitForGraph(page);
  expect(await drawnPositions(page)).toEqual(laidOut);

  // A reader's story is never changed: exported as it came, without positions.
  expect((await exportedStory(page)).nodes.every((n) => n.position === undefined)).toBe(true);

  await page.getByRole('button', { name: 'Edit' }).click();
  const layout = page.getByRole('region', { name: 'Layout' });
  await expect(layout).toContainText('29 nodes have no saved position');
  await layout.getByRole('button', { name: 'Keep these positions' }).click();
  await expect(layout.getByRole('button', { name: 'Keep these positions' })).toHaveCount(0);
  const kept = await exportedStory(page);
  expect(Object.fromEntries(kept.nodes.map((n) => [n.id, n.position]))).toEqual(laidOut);
  // The picture did not move, and keeping it is one undoable edit.
  expect(await drawnPositions(page)).toEqual(laidOut);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(layout.getByRole('button', { name: 'Keep these positions' })).toBeVisible();
  expect(await drawnPositions(page)).toEqual(laidOut);
});

test('<quote-graph> lays out a story without positions: in a worker from its own origin (strict CSP too), in slices from another', async ({ page }) => {
  const cases = [
    { host: `${HOST}/hosts`, app: HOST, worker: true },
    // Under the strict CSP (script-src 'self'), a worker from the page's own origin is allowed.
    { host: `${HOST}/csp/hosts`, app: `${HOST}/csp`, worker: true },
    { host: `${HOST}/hosts`, app: APP, worker: false },
  ];
  for (const { host, app, worker } of cases) {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${host}/unplaced-element.html?app=${encodeURIComponent(app)}`);
    await page.waitForFunction(() => {
      const graph = document.getElementById('graph') as (HTMLElement & { cy: Cy | null }) | null;
      return (graph?.cy?.nodes().length ?? 0) > 0 && !graph?.shadowRoot?.querySelector('.graph-progress');
    });
    const positions = await page.locator('#graph').evaluate((g) => (g as HTMLElement & { cy: Cy }).cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`));
    expect(new Set(positions).size).toBe(4);
    expect(workers.some((u) => u.includes('layoutWorker')), `worker from ${app}`).toBe(worker);
    page.removeAllListeners('worker');
  }
});

test('a large story laid out on opening can be seen whole: Fit shows every node once it is drawn', async ({ page }) => {
  test.setTimeout(120_000);
  const url = await serveStory(page, 'unplaced-1500-whole.json', syntheticStory(1_500, { seed: 12, positions: false }));
  await page.goto(`./?story=${url}`);
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Fit the whole graph' }).click();
  const outside = () =>
    page.locator('.graph-canvas').evaluate((host) => {
      const cy = (host as HTMLElement & { graph: { cy: Cy } }).graph.cy;
      const { x1, x2, y1, y2 } = cy.extent();
      return cy.nodes().filter((n) => n.position('x') < x1 || n.position('x') > x2 || n.position('y') < y1 || n.position('y') > y2).length;
    });
  // At the zoom floor of a small graph (0.2) the view would hold only the middle of this one.
  await expect.poll(outside).toBe(0);
});
