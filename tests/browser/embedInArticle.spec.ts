import type { Page } from '@playwright/test';
import { HOST } from './origins';
import { expect, test } from './test';

// <quote-graph> inside a real article: text above and below, the page scrolled before every click or tap.

type CyHost = HTMLElement & { cy: import('cytoscape').Core | null };

async function waitForDrawn(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const element = document.querySelector(sel) as CyHost | null;
    const canvas = element?.shadowRoot?.querySelector<HTMLElement>('.graph-canvas');
    return !!element?.cy && element.cy.nodes().length > 0 && canvas?.dataset.drawn === 'true';
  }, selector);
}

/** Where a node, or a relation's midpoint, is drawn now, in the page's viewport coordinates. */
async function drawnAt(page: Page, selector: string, id: string): Promise<{ x: number; y: number }> {
  return page.locator(selector).evaluate((el, elementId) => {
    const cy = (el as CyHost).cy;
    if (!cy) throw new Error('no graph');
    const edge = cy.edges().getElementById(elementId);
    const at = edge.nonempty() ? edge.renderedMidpoint() : cy.getElementById(elementId).renderedPosition();
    const box = cy.container()?.getBoundingClientRect();
    if (!box) throw new Error('no container');
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

const heading = (page: Page, selector: string) => page.locator(selector).getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });

/** Scrolls the page so the graph's canvas is in view, with the page scrolled well past its top. */
async function scrollToGraph(page: Page, selector: string): Promise<void> {
  await page.locator(selector).locator('.graph-canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
}

async function press(page: Page, at: { x: number; y: number }, touch: boolean): Promise<void> {
  if (touch) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

for (const touch of [false, true]) {
  test.describe(touch ? 'on a phone, by touch' : 'on a desktop, by mouse', () => {
    test.use(touch ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 800 } });

    test('a click or tap selects the node or relation under it wherever the page is scrolled', async ({ page }) => {
      await page.goto(`${HOST}/hosts/article-page.html`);
      await waitForDrawn(page, '#graph');
      await scrollToGraph(page, '#graph');
      await press(page, await drawnAt(page, '#graph', 'kim-jong-un'), touch);
      await expect(heading(page, '#graph')).toHaveText('Kim Jong Un');
      // A press focuses the graph (so its keys work) without a focus ring or the keys hint over the graph; a key
      // pressed on it brings them back.
      await expect(page.locator('#graph .graph-canvas')).toBeFocused();
      await expect(page.locator('#graph .canvas-hint')).toBeHidden();
      await page.keyboard.press('ArrowLeft');
      await expect(page.locator('#graph .canvas-hint')).toBeVisible();

      // Scroll a little more, so the graph moves up the screen, and pick a relation.
      await page.evaluate(() => window.scrollBy(0, 120));
      await press(page, await drawnAt(page, '#graph', 'putin-met-kim'), touch);
      await expect(heading(page, '#graph')).toHaveText(/Vladimir Putin.*Kim Jong Un/);

      // After the window changes size, the page reflows: the graph is somewhere else again.
      await page.setViewportSize(touch ? { width: 430, height: 900 } : { width: 1000, height: 700 });
      await scrollToGraph(page, '#graph');
      await expect.poll(async () => (await page.locator('#graph .graph-canvas').boundingBox())?.width).toBeGreaterThan(300);
      await press(page, await drawnAt(page, '#graph', 'xi-jinping'), touch);
      await expect(heading(page, '#graph')).toHaveText('Xi Jinping');
    });

    test('a click or tap selects inside a scrolling box, scrolled, in a scrolled page', async ({ page }) => {
      await page.goto(`${HOST}/hosts/article-page.html`);
      await page.locator('#scroller').scrollIntoViewIfNeeded();
      await waitForDrawn(page, '#boxed');
      // A first choice while the graph sits low in its box: Cytoscape notes where the graph is.
      await page.locator('#scroller').evaluate((box) => box.scrollTo(0, 0));
      await page.locator('#boxed .embed-bar').scrollIntoViewIfNeeded();
      await press(page, await drawnAt(page, '#boxed', 'china'), touch);
      await expect(heading(page, '#boxed')).toHaveText('China');
      await page.locator('#boxed .graph-canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'nearest' }));
      await expect.poll(() => page.locator('#scroller').evaluate((box) => box.scrollTop)).toBeGreaterThan(200);
      await press(page, await drawnAt(page, '#boxed', 'vladimir-putin'), touch);
      await expect(heading(page, '#boxed')).toHaveText('Vladimir Putin');
      // The other graph on the page was not touched.
      await expect(heading(page, '#graph')).toHaveText(/^Select a shape/);
    });
  });
}

test('Cytoscape still has the offset cache the embed forgets on scroll (else every scroll would resize the graph)', async ({ page }) => {
  await page.goto(`${HOST}/hosts/article-page.html`);
  await waitForDrawn(page, '#graph');
  const kind = await page.locator('#graph').evaluate((el) => {
    const renderer = ((el as CyHost).cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    return typeof renderer.invalidateContainerClientCoordsCache;
  });
  expect(kind).toBe('function');
});

test('in the scrollytelling demo, a click on the graph after scrolling the article selects what is under it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./src/demo/scrollytelling.html');
  await waitForDrawn(page, '#graph');
  await page.locator('#para-p12').evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  // The reader scrolled; the paragraph's focus fit has settled.
  await expect.poll(() => page.locator('#graph').evaluate((el) => (el as CyHost).cy?.animated())).toBe(false);
  await page.mouse.click(...Object.values(await drawnAt(page, '#graph', 'china')) as [number, number]);
  await expect(heading(page, '#graph')).toHaveText('China');
});

/**
 * What a reader sees of the graph's labels at the opening view: each drawn label's on-screen font size and box,
 * the node bodies, and the zoom buttons, in the canvas' own pixels.
 */
async function openingView(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const cy = (el as CyHost).cy;
    if (!cy) throw new Error('no graph');
    const container = cy.container()?.getBoundingClientRect();
    const controls = (el.shadowRoot ?? document).querySelector('.zoom-controls')?.getBoundingClientRect();
    if (!container || !controls) throw new Error('no canvas or controls');
    const zoom = cy.zoom();
    const box = (b: { x1: number; y1: number; x2: number; y2: number }) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
    const drawn = cy.elements().filter((e) => e.visible() && !!e.style('label') && e.style('label') !== '' && Number(e.style('text-opacity')) > 0);
    return {
      width: cy.width(),
      height: cy.height(),
      labels: drawn.map((e) => ({
        id: e.id(),
        px: e.numericStyle('font-size') * zoom,
        box: box(e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never)),
      })),
      bodies: cy.nodes(':visible').map((n) => ({ id: n.id(), box: box(n.renderedBoundingBox({ includeLabels: false, includeOverlays: false } as never)) })),
      controls: { x1: controls.left - container.left, y1: controls.top - container.top, x2: controls.right - container.left, y2: controls.bottom - container.top },
      bright: cy.nodes().filter((n) => !n.hasClass('faded')).map((n) => n.id()),
    };
  });
}

type Rect = { x1: number; y1: number; x2: number; y2: number };
const overlap = (a: Rect, b: Rect) => a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
const inside = (a: Rect, width: number, height: number) => a.x1 >= -0.5 && a.y1 >= -0.5 && a.x2 <= width + 0.5 && a.y2 <= height + 0.5;

function expectReadable(view: Awaited<ReturnType<typeof openingView>>): void {
  for (const label of view.labels) {
    expect(label.px, `the label of ${label.id}`).toBeGreaterThanOrEqual(10);
    expect(inside(label.box, view.width, view.height), `the label of ${label.id} is cut off`).toBe(true);
    expect(overlap(label.box, view.controls), `the label of ${label.id} is under the zoom buttons`).toBe(false);
  }
  for (const body of view.bodies) {
    expect(inside(body.box, view.width, view.height), `${body.id} is cut off`).toBe(true);
    expect(overlap(body.box, view.controls), `${body.id} is under the zoom buttons`).toBe(false);
  }
  // No two drawn labels cover each other.
  view.labels.forEach((a, i) => view.labels.slice(i + 1).forEach((b) => expect(overlap(a.box, b.box), `${a.id} and ${b.id} overlap`).toBe(false)));
}

const MAIN_ACTORS = ['kim-jong-un', 'xi-jinping', 'vladimir-putin', 'china', 'north-korea', 'russia'];

test.describe('labels a reader can read', () => {
  test('in a 760 px column every label is drawn, readable, clear of the buttons and inside the box', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.addInitScript(() => {
      document.addEventListener('quotegraph:ready', (e) => {
        const cy = (e.target as CyHost).cy;
        (window as unknown as { atReady: unknown }).atReady = { nodes: cy?.nodes().length, zoom: cy?.zoom(), placed: cy?.nodes('.label-hidden, .label-above, .label-right, .label-left').length };
      });
    });
    await page.goto(`${HOST}/hosts/article-page.html`);
    await waitForDrawn(page, '#graph');
    // quotegraph:ready came once the graph was drawn and fitted (not when the file had loaded).
    await expect.poll(() => page.evaluate(() => (window as unknown as { atReady?: { nodes: number; zoom: number } }).atReady)).toMatchObject({ nodes: 29 });
    expect(await page.evaluate(() => (window as unknown as { atReady: { zoom: number } }).atReady.zoom)).not.toBe(1);
    await scrollToGraph(page, '#graph');
    const view = await openingView(page, '#graph');
    expect(view.width).toBeGreaterThan(700);
    expectReadable(view);
    expect(view.labels.length).toBeGreaterThanOrEqual(26);
  });

  test('the iframe in a 760 px column is stacked like the element, its graph the column’s width, every label drawn', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${HOST}/hosts/article-page.html?iframe`);
    const frame = page.frameLocator('#frame');
    await expect(frame.locator('.graph-canvas[data-drawn="true"]')).toBeAttached();
    await page.locator('#frame').scrollIntoViewIfNeeded();
    const shown = await frame.locator('.graph-canvas').evaluate((host) => {
      const cy = (host as HTMLElement & { graph: { cy: import('cytoscape').Core | null } }).graph.cy;
      return { width: cy?.width() ?? 0, labels: cy?.nodes().filter((n) => !n.hasClass('label-hidden')).length ?? 0 };
    });
    expect(shown.width).toBeGreaterThan(700);
    expect(shown.labels).toBeGreaterThanOrEqual(26);
  });

  test('on a 390 px phone the main actors are named, every drawn label readable, nothing under the buttons', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${HOST}/hosts/article-page.html`);
    await waitForDrawn(page, '#graph');
    await scrollToGraph(page, '#graph');
    const view = await openingView(page, '#graph');
    expect(view.width).toBeLessThan(400);
    expectReadable(view);
    expect(view.labels.map((l) => l.id)).toEqual(expect.arrayContaining(MAIN_ACTORS));
    // The graph fills the width it has: the nodes span most of the box.
    const left = Math.min(...view.bodies.map((b) => b.box.x1));
    const right = Math.max(...view.bodies.map((b) => b.box.x2));
    expect(right - left).toBeGreaterThan(0.8 * view.width);
  });

  test('node= opens on the whole graph with the selection’s neighbourhood bright', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${HOST}/hosts/article-page.html?node=vladimir-putin`);
    await waitForDrawn(page, '#graph');
    await expect(heading(page, '#graph')).toHaveText('Vladimir Putin');
    await scrollToGraph(page, '#graph');
    const view = await openingView(page, '#graph');
    expect(view.bodies).toHaveLength(29);
    expectReadable(view);
    expect(view.bright.sort()).toEqual(['kim-jong-un', 'military-parade', 'russia', 'vladimir-putin', 'donald-trump'].sort());

    // Changing the attribute later selects the same way: the whole graph stays in view.
    const zoom = () => page.locator('#graph').evaluate((el) => (el as CyHost).cy?.zoom());
    const opened = await zoom();
    await page.locator('#graph').evaluate((el) => el.setAttribute('node', 'kim-jong-un'));
    await expect(heading(page, '#graph')).toHaveText('Kim Jong Un');
    expect(await zoom()).toBe(opened);
    expectReadable(await openingView(page, '#graph'));
    // select(id) brings the node to the middle without zooming in: its labels are readable at this zoom already.
    await page.locator('#graph').evaluate((el) => (el as unknown as { select(id: string): void }).select('alexander-yunashev'));
    await expect(heading(page, '#graph')).toHaveText('Alexander Yunashev');
    await expect.poll(() => page.locator('#graph').evaluate((el) => (el as CyHost).cy?.animated())).toBe(false);
    expect(await zoom()).toBe(opened);
  });

  test('edge= opens on the whole graph with the relation and its two ends bright', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${HOST}/hosts/article-page.html?edge=juche-diverges-swcc`);
    await waitForDrawn(page, '#graph');
    await expect(heading(page, '#graph')).toHaveText(/^Juche.*Socialism with Chinese characteristics$/);
    await scrollToGraph(page, '#graph');
    const view = await openingView(page, '#graph');
    expect(view.bodies).toHaveLength(29);
    expectReadable(view);
    expect(view.bright.sort()).toEqual(['juche', 'socialism-with-chinese-characteristics']);
    // The selected relation's own label is drawn.
    expect(view.labels.map((l) => l.id)).toContain('juche-diverges-swcc');
  });
});

test.describe('a small hand-written story without positions', () => {
  for (const [name, viewport] of [
    ['in a 760 px column', { width: 1280, height: 800 }],
    ['on a 390 px phone', { width: 390, height: 844 }],
  ] as const) {
    test(`is laid out along the box, every name readable and inside it, ${name}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${HOST}/hosts/article-page.html?src=/fixtures/hand-written-story.json`);
      await waitForDrawn(page, '#graph');
      await scrollToGraph(page, '#graph');
      const view = await openingView(page, '#graph');
      expectReadable(view);
      expect(view.labels.map((l) => l.id).sort()).toEqual(['city-council', 'greenway-trust', 'harbour-project', 'lina-park']);
      // A chain of four: a straight row in the wide column, a column in the square phone box, never a diagonal.
      const xs = view.bodies.map((b) => (b.box.x1 + b.box.x2) / 2);
      const ys = view.bodies.map((b) => (b.box.y1 + b.box.y2) / 2);
      const across = Math.max(...xs) - Math.min(...xs);
      const down = Math.max(...ys) - Math.min(...ys);
      expect(Math.min(across, down)).toBeLessThan(0.15 * Math.max(across, down));
      // The picture uses the box: its long side spans most of the box's.
      expect(Math.max(across / view.width, down / view.height)).toBeGreaterThan(0.5);
    });
  }
});

test('quotegraph:ready waits until a hidden element is shown, drawn and fitted', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(() => {
    const w = window as unknown as { ready: { width: number; zoom: number }[] };
    w.ready = [];
    document.addEventListener('quotegraph:ready', (e) => {
      // The page's other graph (in the scrolling box) is not hidden.
      if ((e.target as HTMLElement).id !== 'graph') return;
      const cy = (e.target as CyHost).cy;
      w.ready.push({ width: cy?.width() ?? 0, zoom: cy?.zoom() ?? 0 });
    });
  });
  await page.goto(`${HOST}/hosts/article-page.html?hidden`);
  // The story has loaded and Cytoscape holds the graph, in a box of no size: not ready for a reader.
  await page.waitForFunction(() => ((document.querySelector('#graph') as CyHost | null)?.cy?.nodes().length ?? 0) > 0);
  const ready = () => page.evaluate(() => (window as unknown as { ready: { width: number; zoom: number }[] }).ready);
  expect(await ready()).toEqual([]);
  await page.locator('#graph').evaluate((el) => ((el as HTMLElement).hidden = false));
  await expect.poll(async () => (await ready()).length).toBe(1);
  const [event] = await ready();
  expect(event?.width).toBeGreaterThan(700);
  expect(event?.zoom).toBeLessThan(1);
});
