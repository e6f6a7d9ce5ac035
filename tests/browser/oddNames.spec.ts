import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, nodePagePosition, test, waitForGraph } from './test';

// Ids, types, paragraph ids, labels, aliases and relation kinds named after Object.prototype's members
// (`__proto__`, `constructor`, `toString`…): a look-up keyed by story text through a plain object finds those
// members instead of nothing. Node "toString" is labelled "constructor" and typed "constructor", and so on.
const STORY = 'fixtures/odd-names-story.json';
const story = JSON.parse(readFileSync(`tests/${STORY}`, 'utf8')) as {
  nodes: { id: string; label: string; type: string }[];
  edges: { id: string; label: string; type: string }[];
};
const ODD_TYPE_NAMES = ['__proto__', 'Constructor', 'ToString', 'HasOwnProperty', 'ValueOf', 'Prototype'];

type Cy = import('cytoscape').Core;
/** What Cytoscape holds and how it draws it: every node's shape and colour, every edge's ends. */
const graphState = (page: Page) =>
  page.locator('.graph-canvas').evaluate((host) => {
    const cy = (host as HTMLElement & { graph: { cy: Cy } }).graph.cy;
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), shape: String(n.style('shape')), colour: String(n.style('background-color')), shown: n.visible() })),
      edges: cy.edges().map((e) => `${e.source().id()}→${e.target().id()}`),
    };
  });

/** Chooses an export and reads the file it downloads. */
async function exported(page: Page, name: string): Promise<string[]> {
  const downloads: Promise<string>[] = [];
  const files = name.startsWith('CSV') ? 2 : 1;
  const all = new Promise<void>((done) => {
    page.on('download', function listen(download) {
      downloads.push(download.path().then((path) => readFileSync(path, 'utf8')));
      if (downloads.length === files) {
        page.off('download', listen);
        done();
      }
    });
  });
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name }).click();
  await all;
  await expect(page.getByRole('status').filter({ hasText: /downloaded\.$/ })).toBeVisible();
  return Promise.all(downloads);
}

const details = (root: Page | Locator) => root.getByRole('region', { name: 'Details' });

test.describe('a story whose names are those of Object.prototype', () => {
  test('opens in the explorer: every node drawn and styled, a legend entry per type that filters', async ({ page }) => {
    await page.goto(`./?story=${STORY}`);
    await waitForGraph(page);
    const drawn = await graphState(page);
    expect(drawn.nodes.map((n) => n.id)).toEqual(story.nodes.map((n) => n.id));
    expect(drawn.edges).toHaveLength(story.edges.length);
    for (const node of drawn.nodes) expect(node.shape, node.id).toBe(node.id === 'propertyIsEnumerable' ? 'ellipse' : 'round-octagon');
    expect(new Set(drawn.nodes.filter((n) => n.shape === 'round-octagon').map((n) => n.colour)).size).toBe(1);

    const legend = page.getByRole('region', { name: 'Show or hide node types' });
    for (const name of ODD_TYPE_NAMES) await expect(legend.getByRole('button', { name: `${name} 1` })).toHaveAttribute('aria-pressed', 'true');
    await legend.getByRole('button', { name: '__proto__ 1' }).click();
    await expect.poll(async () => (await graphState(page)).nodes.filter((n) => !n.shown).map((n) => n.id)).toEqual(['constructor']);
    await legend.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(async () => (await graphState(page)).nodes.every((n) => n.shown)).toBe(true);
  });

  test('selects on the canvas, shows details and the passages in the article, and searches', async ({ page }) => {
    await page.goto(`./?story=${STORY}`);
    await waitForGraph(page);
    const at = await nodePagePosition(page, 'toString');
    await page.mouse.click(at.x, at.y);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('constructor');
    await expect(page).toHaveURL(/[?&]node=toString(&|$)/);
    await expect(details(page)).toContainText('Constructor');
    await details(page).getByRole('button', { name: /Show in article/ }).first().click();
    await expect(page.locator('.article-panel a.passage.is-current')).toHaveText(['the constructor guild']);
    await expect(page.locator('.article-panel a.passage.is-current')).toBeInViewport();

    // Follow a relation to the node at its other end, then pick a passage in the article.
    await details(page).getByRole('button', { name: '__proto__' }).first().click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('__proto__');
    await expect(page).toHaveURL(/[?&]node=constructor(&|$)/);
    await page.locator('.article-panel a.passage', { hasText: 'isPrototypeOf share an office' }).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('prototype');

    await page.getByRole('combobox').fill('__proto__');
    await expect(page.getByRole('option')).toHaveCount(2);
    await page.getByRole('option').nth(1).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('valueOf');
    await expect(page).toHaveURL(/[?&]node=hasOwnProperty(&|$)/);
  });

  test('opens on a relation from a link, plays its tour, and lists everything in the List view', async ({ page }) => {
    await page.goto(`./?story=${STORY}&edge=then`);
    await waitForGraph(page);
    await expect(details(page).getByRole('heading', { level: 2 })).toContainText('constructor');
    await page.getByRole('button', { name: /Guided tour/ }).click();
    await expect(page.locator('.tour')).toContainText('toString');
    await page.getByRole('button', { name: 'List' }).click();
    const list = page.locator('.graph-list');
    for (const name of [...ODD_TYPE_NAMES, 'Person']) await expect(list.getByRole('region', { name, exact: true })).toBeVisible();
    await list.getByRole('region', { name: 'ValueOf', exact: true }).getByRole('button', { name: /^hasOwnProperty, / }).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('hasOwnProperty');
    await expect(page).toHaveURL(/[?&]node=prototype(&|$)/);
  });

  test('exports SVG, GraphML, GEXF, CSV and Cytoscape JSON, each with every node', async ({ page }) => {
    await page.goto(`./?story=${STORY}&node=valueOf`);
    await waitForGraph(page);
    const [svg = ''] = await exported(page, 'Vector drawing (SVG)');
    const [graphml = ''] = await exported(page, 'GraphML (yEd, Cytoscape, NetworkX, igraph)');
    const [gexf = ''] = await exported(page, 'GEXF (Gephi)');
    const [cytoscapeJson = ''] = await exported(page, 'Cytoscape JSON (Cytoscape desktop)');
    const csv = await exported(page, 'CSV (nodes and edges, with quotes)');
    for (const node of story.nodes) {
      expect(svg).toContain(`data-id="${node.id}"`);
      expect(graphml).toContain(`<node id="${node.id}">`);
      expect(gexf).toContain(`id="${node.id}" label="${node.label}"`);
    }
    expect(svg.match(/<polygon /g)).toHaveLength(story.nodes.filter((n) => n.type !== 'person').length);
    const elements = (JSON.parse(cytoscapeJson) as { elements: { nodes: { data: { id: string; type: string } }[] } }).elements;
    expect(elements.nodes.map((n) => [n.data.id, n.data.type])).toEqual(story.nodes.map((n) => [n.id, n.type]));
    expect(csv.join('\n')).toContain('constructor,__proto__,__proto__,');
    // Each XML file is well-formed where a browser reads it.
    for (const [text, type] of [[svg, 'image/svg+xml'], [graphml, 'application/xml'], [gexf, 'application/xml']] as const) {
      const faults = await page.evaluate(({ t, mime }) => new DOMParser().parseFromString(t, mime).getElementsByTagName('parsererror').length, { t: text, mime: type });
      expect(faults).toBe(0);
    }
  });

  test('in the studio, dragging one node saves its position and leaves every other where it was', async ({ page }) => {
    await page.goto(`./?story=${STORY}`);
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Edit' }).click();
    const from = await nodePagePosition(page, 'prototype');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect(page.locator('.studio-panel').getByRole('button', { name: 'Undo' })).toBeEnabled();
    await page.getByText('Export', { exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Story file/ }).click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { nodes: { id: string; position: { x: number; y: number } }[] };
    const before = JSON.parse(readFileSync(`tests/${STORY}`, 'utf8')) as typeof saved;
    const moved = saved.nodes.filter((n, i) => JSON.stringify(n.position) !== JSON.stringify(before.nodes[i]?.position)).map((n) => n.id);
    expect(moved).toEqual(['prototype']);
  });

  test('opens in <quote-graph> and in the iframe embed', async ({ page }) => {
    await page.goto('./hosts/odd-names-element.html');
    const graph = page.locator('#graph');
    await expect(details(graph).getByRole('heading', { level: 2 })).toHaveText('constructor');
    await page.waitForFunction(() => (document.getElementById('graph') as unknown as { cy: Cy | null }).cy?.nodes().length === 7);
    await page.evaluate(() => (document.getElementById('graph') as unknown as { select(id: string): void }).select('hasOwnProperty'));
    await expect(details(graph).getByRole('heading', { level: 2 })).toHaveText('valueOf');
    expect(await page.evaluate(() => (document.getElementById('graph') as unknown as { cy: Cy }).cy.edges().length)).toBe(story.edges.length);

    await page.goto(`./index.html?embed&story=${STORY}&node=isPrototypeOf`);
    await waitForGraph(page);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('prototype');
    expect((await graphState(page)).nodes).toHaveLength(story.nodes.length);
  });
});
