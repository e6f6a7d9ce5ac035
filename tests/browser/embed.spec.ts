import type { Page } from '@playwright/test';
import { expect, test, waitForGraph } from './test';
import { APP, HOST, FOREIGN } from './origins';


type CyHost = HTMLElement & { cy: import('cytoscape').Core | null };

async function waitForElementGraph(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel) as CyHost | null;
    return !!el?.cy && el.cy.nodes().length > 0;
  }, selector);
}

test('two <quote-graph> elements on one page work independently, through their API and events', async ({ page }) => {
  await page.addInitScript(() => {
    const ready: unknown[] = [];
    (window as unknown as { ready: unknown[] }).ready = ready;
    document.addEventListener('quotegraph:ready', (e) => ready.push([(e.target as HTMLElement).id, (e as CustomEvent).detail]));
  });
  await page.goto(`${HOST}/hosts/two-elements.html`);
  await waitForElementGraph(page, '#first');
  await waitForElementGraph(page, '#second');
  const first = page.locator('#first');
  const second = page.locator('#second');
  expect(await page.evaluate(() => (window as unknown as { ready: unknown[] }).ready)).toEqual(
    expect.arrayContaining([
      ['first', { id: 'xi-kim-beijing', title: 'Xi Jinping hosts Kim Jong Un in Beijing', steps: 9 }],
      ['second', { id: 'small', title: 'A small test story', steps: 0 }],
    ]),
  );

  // Each opened with its own attributes, and host CSS did not reach inside.
  await expect(first.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Kim Jong Un');
  await expect(second.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Select a shape in the graph to see the quotes behind it.');
  const headingStyle = await first.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }).evaluate((h) => ({ font: getComputedStyle(h).fontFamily, size: getComputedStyle(h).fontSize }));
  expect(headingStyle.font).not.toContain('Comic Sans');
  expect(headingStyle.size).not.toBe('40px');
  await expect(second.locator('.embed')).toHaveAttribute('data-theme', 'dark');
  // And ours did not leak out.
  expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).toContain('Comic Sans');

  // API calls and events, per element.
  await page.evaluate(() => {
    (window as unknown as { events: unknown[] }).events = [];
    for (const id of ['first', 'second']) {
      document.getElementById(id)?.addEventListener('quotegraph:select', (e) => (window as unknown as { events: unknown[] }).events.push([id, (e as CustomEvent).detail]));
    }
  });
  await page.evaluate(() => (document.getElementById('second') as unknown as { select(id: string): void }).select('ben'));
  await expect(second.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Ben');
  await expect(first.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Kim Jong Un');
  await page.evaluate(() => (document.getElementById('first') as unknown as { clear(): void }).clear());
  await expect(first.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Select a shape in the graph to see the quotes behind it.');
  await expect(second.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Ben');
  expect(await page.evaluate(() => (window as unknown as { events: unknown[] }).events)).toEqual([
    ['second', { kind: 'node', id: 'ben' }],
    ['first', null],
  ]);

  // focus(ids) replaces the selection, highlights the set with the relations among its nodes, and fits to it;
  // fit() shows everything again.
  await page.evaluate(() => (document.getElementById('first') as unknown as { select(id: string): void }).select('kim-jong-un'));
  await expect(first.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Kim Jong Un');
  await page.evaluate(() => (document.getElementById('first') as unknown as { focus(ids: string[]): void }).focus(['juche', 'marxism-leninism']));
  await expect
    .poll(() => first.evaluate((el) => (el as CyHost).cy?.elements().filter((e) => !e.hasClass('faded')).map((e) => e.id()).sort()))
    .toEqual(['juche', 'juche-from-ml', 'juche-separate-from-ml', 'marxism-leninism']);
  await expect(first.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Highlighted: 2 nodes, 2 relations');
  await expect(first.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Juche mutated from Marxism–Leninism' })).toBeVisible();
  expect((await page.evaluate(() => (window as unknown as { events: unknown[] }).events)).slice(-1)).toEqual([['first', null]]);
  const animated = () => first.evaluate((el) => (el as CyHost).cy?.animated() ?? true);
  await expect.poll(animated).toBe(false);
  const zoomFocused = await first.evaluate((el) => (el as CyHost).cy?.zoom() ?? 0);
  await page.evaluate(() => (document.getElementById('first') as unknown as { fit(): void }).fit());
  await expect.poll(() => first.evaluate((el) => (el as CyHost).cy?.zoom() ?? 0)).toBeLessThan(zoomFocused);
  // fit() shows everything but keeps the highlight.
  expect(await first.evaluate((el) => (el as CyHost).cy?.getElementById('deng-xiaoping').hasClass('faded'))).toBe(true);

  // A tour step through the attribute and through goToStep.
  await page.evaluate(() => document.getElementById('first')?.setAttribute('step', '2'));
  await expect(first.getByText('Guided tour · step 2 of 9')).toBeVisible();
  await page.evaluate(() => (document.getElementById('first') as unknown as { goToStep(n: number): void }).goToStep(9));
  await expect(first.getByText('Guided tour · step 9 of 9')).toBeVisible();

  // A click on a node in one element selects there only.
  await expect.poll(animated).toBe(false);
  const kimAt = await first.evaluate((el) => {
    const cy = (el as CyHost).cy;
    if (!cy) throw new Error('no cy');
    const p = cy.getElementById('kim-jong-un').renderedPosition();
    const box = cy.container()?.getBoundingClientRect();
    return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
  });
  await page.mouse.click(kimAt.x, kimAt.y);
  await expect(first.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Kim Jong Un');
  await expect(second.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Ben');
});

test('the wheel scrolls the page over an embed until the reader clicks the graph', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto(`${HOST}/hosts/two-elements.html`);
  await waitForElementGraph(page, '#second');
  const second = page.locator('#second');
  await second.scrollIntoViewIfNeeded();
  const zoom = () => second.evaluate((el) => (el as CyHost).cy?.zoom() ?? 0);
  const box = await second.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const before = { zoom: await zoom(), scroll: await page.evaluate(() => window.scrollY) };
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(before.scroll);
  expect(await zoom()).toBe(before.zoom);
  await expect(second.locator('.scroll-hint')).toBeVisible();

  // The page moved under the mouse: find the graph again, click it, and the wheel now zooms instead.
  const now = await second.locator('.graph-canvas').boundingBox();
  if (!now) throw new Error('no canvas');
  await page.mouse.click(now.x + 5, now.y + 5);
  // Cytoscape leaves the wheel to the page for 250 ms after the page last scrolled (its renderer's scrollingPage),
  // so a page scroll never turns into a zoom; a person's next wheel turn comes later than that. Wait until it does.
  const pageScrollHeld = () => second.evaluate((el) => (el as CyHost & { cy: { renderer(): { scrollingPage?: boolean } } }).cy.renderer().scrollingPage === true);
  await expect.poll(pageScrollHeld).toBe(false);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, -300);
  await expect.poll(zoom).toBeGreaterThan(before.zoom);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('an iframe host drives the frame by postMessage, gets events and a height, and a foreign origin is ignored', async ({ page }) => {
  await page.goto(`${HOST}/hosts/iframe-host.html?app=${encodeURIComponent(APP)}&foreign=${encodeURIComponent(FOREIGN)}`);
  const received = () => page.evaluate(() => (window as unknown as { received: { type: string }[] }).received);
  await expect.poll(async () => (await received()).map((m) => m.type)).toContain('quotegraph:ready');
  expect((await received()).find((m) => m.type === 'quotegraph:ready')).toEqual({
    type: 'quotegraph:ready',
    story: { id: 'xi-kim-beijing', title: 'Xi Jinping hosts Kim Jong Un in Beijing', steps: 9 },
  });
  const frame = page.frameLocator('#quotegraph');

  // Commands in.
  await page.evaluate(() => (window as unknown as { send(m: unknown): void }).send({ type: 'quotegraph:select', id: 'juche' }));
  await expect(frame.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Juche');
  expect(await received()).toContainEqual({ type: 'quotegraph:select', selection: { kind: 'node', id: 'juche' } });

  // Auto-resize: the host set the frame to the content height the frame reported.
  const heights = (await received()).filter((m) => m.type === 'quotegraph:height') as unknown as { height: number }[];
  expect(heights.length).toBeGreaterThan(0);
  await expect.poll(async () => Number(await page.locator('#quotegraph').getAttribute('height'))).toBe(heights.at(-1)?.height);
  expect(heights.at(-1)?.height).toBeGreaterThan(300);

  await page.evaluate(() => (window as unknown as { send(m: unknown): void }).send({ type: 'quotegraph:step', step: 3 }));
  await expect(frame.getByText('Guided tour · step 3 of 9')).toBeVisible();
  await page.evaluate(() => (window as unknown as { send(m: unknown): void }).send({ type: 'quotegraph:clear' }));
  await expect(frame.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Select a shape in the graph to see the quotes behind it.');

  // Malformed commands and a foreign origin's command change nothing.
  const sentBefore = (await received()).length;
  await page.evaluate(() => {
    const send = (window as unknown as { send(m: unknown): void }).send;
    send({ type: 'quotegraph:select' });
    send({ type: 'quotegraph:select', id: 'kim-jong-un', extra: '<script>' });
    send('quotegraph:select kim-jong-un');
  });
  const foreign = page.frame({ url: /foreign\.html/ });
  if (!foreign) throw new Error('the foreign frame did not load');
  expect(new URL(foreign.url()).origin).toBe(FOREIGN);
  await foreign.evaluate(() => (window as unknown as { attack(): void }).attack());
  // Messages reach the frame in the order they were posted: once a later command from the host is handled, the
  // malformed ones and the foreign one before it have been too. The only selection the frame reports is that one.
  await page.evaluate(() => (window as unknown as { send(m: unknown): void }).send({ type: 'quotegraph:select', id: 'juche' }));
  await expect(frame.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Juche');
  // (Reported in order too: a selection the attack had made would come before Juche's. The clear before may still be arriving.)
  const chosen = async () => (await received()).slice(sentBefore).filter((m) => m.type === 'quotegraph:select' && 'selection' in m && m.selection !== null);
  await expect.poll(chosen).toEqual([{ type: 'quotegraph:select', selection: { kind: 'node', id: 'juche' } }]);

  // "Open in full explorer" keeps the selection.
  await page.evaluate(() => (window as unknown as { send(m: unknown): void }).send({ type: 'quotegraph:select', id: 'kim-jong-un' }));
  await expect(frame.getByRole('link', { name: /Open in full explorer/ })).toHaveAttribute('href', /\/index\.html\?node=kim-jong-un&step=3$/);
});

test('the iframe view works on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${APP}/index.html?embed&node=xi-jinping`);
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Xi Jinping');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('.embed-graph')).toBeVisible();
  await expect(page.locator('blockquote mark').first()).toBeVisible();
});

test('in ?embed, Open relation and a neighbour link put focus on the new selection heading, in view', async ({ page }) => {
  await page.goto(`${APP}/index.html?embed&node=xi-jinping`);
  const heading = page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Xi Jinping');
  await page.locator('.relation-open').first().focus();
  await page.keyboard.press('Enter');
  await expect(heading).not.toHaveText('Xi Jinping');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // From the relation, a node link: focus on that node's heading.
  const link = page.locator('.details-panel .node-link').first();
  const name = (await link.textContent()) ?? '';
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(name);
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

/** A List row's accessible name: the node's label, then its type and relation count ("Juche, ideology, 5 relations"). */
const rowName = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, [^,]+, \\d+ relations?$`);

/** Every node's label, read from the Cytoscape instance: what the text twin must name. */
async function nodeLabels(read: () => Promise<string[]>): Promise<string[]> {
  await expect.poll(async () => (await read()).length).toBeGreaterThan(0);
  return read();
}

test('?embed has a List view from the keyboard: every node named in the accessibility tree, a row selects', async ({ page }) => {
  await page.goto(`${APP}/index.html?embed`);
  await waitForGraph(page);
  const labels = await nodeLabels(() =>
    page.locator('.graph-canvas').evaluate((h) => (h as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy.nodes().map((n) => String(n.data('label')))),
  );
  expect(labels.length).toBeGreaterThan(20);
  await expect(page.locator('.graph-canvas')).toHaveAccessibleName(/The List view has the same content as text/);

  // From the keyboard: the List button, then into the list and down to the second node row; Enter selects it.
  const list = page.getByRole('button', { name: 'List', exact: true });
  await list.focus();
  await page.keyboard.press('Enter');
  await expect(list).toHaveAttribute('aria-pressed', 'true');
  await expect(list).toBeFocused();
  await expect(page.locator('.graph-canvas')).toBeHidden();
  for (const label of labels) await expect(page.locator('.embed-graph').getByRole('button', { name: rowName(label) })).toBeVisible();
  const snapshot = await page.locator('.embed-graph').ariaSnapshot();
  expect(labels.filter((label) => !snapshot.includes(label))).toEqual([]);

  await page.keyboard.press('Tab');
  await expect(page.locator('.embed-graph .list-node').first()).toBeFocused();
  const second = page.locator('.embed-graph .list-node').nth(1);
  const name = (await second.textContent()) ?? '';
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(name);
  await expect(second).toHaveAttribute('aria-current', 'true');

  // Back to the graph: drawn, with the selection.
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await expect(page.locator('.graph-canvas')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(name);
});

test('<quote-graph> has a List view inside its shadow root: every node named in the accessibility tree, a row selects', async ({ page }) => {
  await page.goto(`${HOST}/hosts/two-elements.html`);
  await waitForElementGraph(page, '#first');
  const first = page.locator('#first');
  const labels = await nodeLabels(() => first.evaluate((el) => (el as CyHost).cy?.nodes().map((n) => String(n.data('label'))) ?? []));
  await page.evaluate(() => {
    (window as unknown as { events: unknown[] }).events = [];
    document.getElementById('first')?.addEventListener('quotegraph:select', (e) => (window as unknown as { events: unknown[] }).events.push((e as CustomEvent).detail));
  });

  await first.getByRole('button', { name: 'List', exact: true }).click();
  const list = first.locator('.graph-list');
  for (const label of labels) await expect(list.getByRole('button', { name: rowName(label) })).toBeAttached();
  const snapshot = await list.ariaSnapshot();
  expect(labels.filter((label) => !snapshot.includes(label))).toEqual([]);

  const row = list.getByRole('button', { name: rowName('Xi Jinping') });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(first.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Xi Jinping');
  await expect(row).toHaveAttribute('aria-current', 'true');
  expect(await page.evaluate(() => (window as unknown as { events: unknown[] }).events)).toContainEqual({ kind: 'node', id: 'xi-jinping' });
});
