import { syntheticStory } from '../../src/cli/bench/syntheticStory';
import { expect, nodePagePosition, test, waitForGraph } from './test';

/** The canvas host: it exposes the explorer's graph controller, whose `cy` is the Cytoscape instance. */
type CyHost = HTMLElement & { graph: { cy: import('cytoscape').Core } };

test('a large story rings the selection instead of fading the graph, and hides labels too small to read', async ({ page }) => {
  const big = syntheticStory(1_000, { seed: 7, positions: true });
  await page.route('**/large-story.json', (route) => route.fulfill({ json: big }));
  await page.goto('./?story=large-story.json');
  await waitForGraph(page);
  const first = big.nodes[0];
  if (!first) throw new Error('the synthetic story has no nodes');
  await page.getByRole('combobox', { name: /search/i }).fill(first.label);
  await page.getByRole('option', { name: new RegExp(first.label) }).first().click();
  await expect(page.locator('.details-panel h2')).toHaveText(first.label);
  const drawn = await page.locator('.graph-canvas').evaluate((host: Element, id: string) => {
    const cy = (host as CyHost).graph.cy;
    return {
      faded: cy.$('.faded').length,
      ringed: cy.$('.ringed').map((n) => n.id()),
      neighbours: cy.getElementById(id).closedNeighborhood('node').map((n) => n.id()),
      minLabel: cy.nodes().first().style('min-zoomed-font-size'),
      renderer: (host as HTMLElement).dataset.renderer,
      reason: (host as HTMLElement).dataset.rendererReason,
    };
  }, first.id);
  expect(drawn.faded).toBe(0);
  expect(drawn.ringed.sort()).toEqual(drawn.neighbours.sort());
  expect(drawn.minLabel).toBe('10px');
  // This project's test browsers rasterise WebGL in software, where canvas is faster: the graph must say so.
  expect(drawn.renderer).toBe('canvas');
  expect(drawn.reason).toMatch(/software|not available/);
});

test('?renderer=webgl draws with Cytoscape’s WebGL renderer, and clicking a node still selects it', async ({ page }) => {
  await page.goto('./?renderer=webgl');
  await waitForGraph(page);
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-renderer', 'webgl');
  await expect(page.locator('.graph-canvas canvas[data-id="layer3-webgl"]')).toHaveCount(1);
  // WebGL picks what is under the pointer from its own offscreen buffer: a real click must reach the node.
  const at = await nodePagePosition(page, 'kim-jong-un');
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('.details-panel h2')).toHaveText('Kim Jong Un');
});

test('when the WebGL context is lost, the graph starts again on canvas, fitted, with the selection kept', async ({ page }) => {
  const big = syntheticStory(1_000, { seed: 11, positions: true });
  await page.route('**/large-story.json', (route) => route.fulfill({ json: big }));
  await page.goto('./?story=large-story.json&renderer=webgl&node=n5');
  await waitForGraph(page);
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-renderer', 'webgl');
  await page.locator('.graph-canvas canvas[data-id="layer3-webgl"]').evaluate((canvas) => {
    (canvas as HTMLCanvasElement).getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
  });
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-renderer', 'canvas');
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-renderer-reason', /lost/);
  // The new instance is fitted like the first (not left at zoom 1 over an empty corner) and shows the selection.
  await page.waitForFunction(() => {
    const cy = (document.querySelector('.graph-canvas') as CyHost).graph.cy;
    const box = cy.extent();
    const inView = cy.nodes().filter((n) => {
      const p = n.position();
      return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
    }).length;
    return cy.zoom() < 1 && inView > 20 && cy.getElementById('n5').hasClass('is-selected');
  });
  await expect(page.locator('.details-panel h2')).toHaveText(big.nodes[5]?.label ?? '');
});

test('a 4,000-node story with saved positions opens whole, says it is drawing until it is, and Fit shows it whole again', async ({ page }) => {
  const big = syntheticStory(4_000, { seed: 11, positions: true });
  await page.route('**/huge-story.json', (route) => route.fulfill({ json: big }));
  // Whether a "Drawing 4,000 nodes" progress bar was ever on the page while the graph was handed to Cytoscape.
  await page.addInitScript(() => {
    const seen = window as unknown as { __drawingShown: boolean };
    seen.__drawingShown = false;
    new MutationObserver(() => {
      if (document.querySelector('progress[aria-label="Drawing 4,000 nodes"]')) seen.__drawingShown = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./?story=huge-story.json');
  await waitForGraph(page);
  expect(await page.evaluate(() => (window as unknown as { __drawingShown: boolean }).__drawingShown)).toBe(true);
  await expect(page.locator('progress')).toHaveCount(0);
  const outside = () =>
    page.locator('.graph-canvas').evaluate((host: Element) => {
      const cy = (host as CyHost).graph.cy;
      const { x1, x2, y1, y2 } = cy.extent();
      return cy.nodes().filter((n) => {
        const { x, y } = n.position();
        return x < x1 || x > x2 || y < y1 || y > y2;
      }).length;
    });
  // The zoom floor of a small graph (0.2) would show a corner of this one.
  expect(await outside()).toBe(0);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(outside).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Fit the whole graph' }).click();
  await expect.poll(outside).toBe(0);
});
