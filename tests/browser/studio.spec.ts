import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dragSelect, selectWords } from './articleSelection';
import { expect, test, waitForGraph } from './test';

const problems = (page: Page) => page.locator('.studio-panel').getByRole('heading', { name: /Problems/ });

test('build a small story from pasted text, keep it across a reload, undo and redo, export it and load it back', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'New story…' }).click();
  await page.getByLabel('Title').fill('Two leaders meet');
  await page.getByLabel(/Article text/).fill('Anna met Ben in Paris on Monday.\n\nBen leads Northland, and Ben said so twice.');
  await expect(page.getByText('2 paragraphs')).toBeVisible();
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two leaders meet');

  // Nodes from selections: the first by dragging the mouse across the words.
  await dragSelect(page, 'p1', 'Anna met');
  await expect(page.locator('.selection-popover q')).toHaveText('Anna met');
  await selectWords(page, 'p1', 'Anna');
  await page.getByRole('button', { name: 'New node: Person' }).click();
  await selectWords(page, 'p2', 'Northland');
  await page.getByRole('button', { name: 'New node: Nation' }).click();
  await selectWords(page, 'p1', 'Ben');
  await page.getByRole('button', { name: 'New node: Person' }).click();
  await expect(problems(page)).toHaveText('Problems (0)');

  // A relation, then its evidence from a selection (a repeated word gets its context automatically).
  await page.getByLabel('From', { exact: true }).selectOption({ label: 'Ben' });
  await page.getByLabel('Relation (e.g. met with)').fill('leads');
  await page.getByLabel('To', { exact: true }).selectOption({ label: 'Northland' });
  await page.getByRole('button', { name: 'Add relation' }).click();
  await expect(problems(page)).toHaveText('Problems (1)');
  await expect(page.locator('.studio-problems:not(.studio-messages)')).toHaveText('Relation “Ben leads Northland” needs at least one quote: select words in the article that support it, then “Add as evidence”.');
  await selectWords(page, 'p2', 'Ben leads Northland');
  await page.getByRole('button', { name: /Add as evidence to Ben leads Northland/ }).click();
  await expect(problems(page)).toHaveText('Problems (0)');

  // Undo and redo, by button and by keyboard.
  await page.locator('.studio-panel').getByRole('button', { name: 'Undo' }).click();
  await expect(problems(page)).toHaveText('Problems (1)');
  await page.locator('.studio-panel').getByRole('button', { name: 'Redo' }).click();
  await expect(problems(page)).toHaveText('Problems (0)');
  await page.locator('.graph-canvas').focus();
  await page.keyboard.press('Control+z');
  await expect(problems(page)).toHaveText('Problems (1)');
  await page.keyboard.press('Control+Shift+z');
  await expect(problems(page)).toHaveText('Problems (0)');

  // A reload brings the draft back, intact.
  await expect(page.locator('.studio-save-status')).toContainText('Saved in this browser');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two leaders meet');
  await expect(page.getByText(/Your draft from .* is back/)).toBeVisible();
  const ids = await page.locator('.graph-canvas').evaluate((h) => (h as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy.elements().map((e) => e.id()).sort());
  expect(ids).toEqual(['anna', 'ben', 'ben-leads-northland', 'northland']);

  // A broken file dropped on the page leaves the draft as it was.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{"version": 1}'], 'broken.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  });
  await expect(page.getByRole('dialog', { name: 'broken.json was not opened' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two leaders meet');

  // Export the story, then load the export back: the same story.
  await page.locator('summary', { hasText: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Story file/ }).click();
  const exported = readFileSync(await (await download).path(), 'utf8');
  const story = JSON.parse(exported);
  expect(story.nodes.map((n: { id: string }) => n.id)).toEqual(['anna', 'northland', 'ben']);
  expect(story.edges[0].evidence[0]).toEqual({ paragraph: 'p2', quote: 'Ben leads Northland' });
  await page.getByRole('button', { name: 'Done editing' }).click();
  await page.locator('summary', { hasText: 'Open' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'two-leaders.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two leaders meet');
  // Polled: the same title shows while the file is read, and the canvas host found may be the one just replaced,
  // whose controller has let its destroyed instance go (graph.cy is null there).
  const reloaded = () =>
    page.locator('.graph-canvas').evaluate((h) => (h as HTMLElement & { graph: { cy: import('cytoscape').Core | null } }).graph.cy?.elements().map((e) => e.id()).sort() ?? null);
  await expect.poll(reloaded).toEqual(ids);
});

test('import a nodes/edges CSV pair as a starting point, then export GraphML and GEXF that parse as XML', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'New story…' }).click();
  await page.getByLabel('Title').fill('Imported');
  await page.getByLabel(/Article text/).fill('Tom & Jerry met 金正恩 in “Paris”.');
  await page.getByRole('button', { name: 'Create story' }).click();
  await page.locator('.studio-panel input[type=file]').setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from('id,label,type\ntom,"Tom & Jerry <b>",person\nkim,金正恩,person\n') },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from('id,source,target,label\nmet,tom,kim,met\n') },
  ]);
  await expect(page.locator('.studio-panel [role=status]').filter({ hasText: 'Imported 2 nodes and 1 relations' })).toBeVisible();
  await expect(problems(page)).toHaveText('Problems (3)');
  await page.locator('.studio-problems:not(.studio-messages)').getByRole('button').first().click();
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue('Tom & Jerry <b>');

  for (const [name, root] of [
    // Anchored: the import's file button names these formats too.
    [/^GraphML/, 'graphml'],
    [/^GEXF/, 'gexf'],
  ] as const) {
    await page.locator('summary', { hasText: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    const xml = readFileSync(await (await download).path(), 'utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, text: doc.documentElement.textContent ?? '' };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe(root);
    expect(xml).toContain('金正恩');
  }
  // A story file is only exported once it passes its checks.
  await page.locator('summary', { hasText: 'Export' }).click();
  await page.getByRole('button', { name: /Story file/ }).click();
  await expect(page.locator('.export-status')).toContainText('fix 3 problem(s) first');
});

test('exports GraphML, Cytoscape JSON (.cyjs) and FtM named by the story id; .cyjs and GraphML import back with their quotes; a Gephi table pair lists what it renamed', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  const files = new Map<string, string>();
  for (const name of [/^GraphML/, /^Cytoscape JSON/, /^FollowTheMoney/]) {
    await page.locator('summary', { hasText: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    const file = await download;
    files.set(file.suggestedFilename(), readFileSync(await file.path(), 'utf8'));
  }
  expect([...files.keys()]).toEqual(['xi-kim-beijing.graphml', 'xi-kim-beijing.cyjs', 'xi-kim-beijing.ftm.json']);
  expect(JSON.parse(files.get('xi-kim-beijing.ftm.json')?.split('\n')[0] ?? '')).toMatchObject({ schema: 'Article' });

  const status = page.locator('.studio-panel .studio-messages');
  page.on('dialog', (dialog) => void dialog.accept());
  for (const name of ['xi-kim-beijing.cyjs', 'xi-kim-beijing.graphml']) {
    await page.locator('.studio-panel input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(files.get(name) ?? '') });
    // Every quote came with the file: nothing is left to add.
    await expect(status).toHaveText('Imported 29 nodes and 53 relations.');
  }
  await page.locator('.studio-panel input[type=file]').setInputFiles(['tests/fixtures/interchange/gephi-edges.csv', 'tests/fixtures/interchange/gephi-nodes.csv']);
  await expect(status).toContainText('Imported 3 nodes and 2 relations. Add a quote to each of the 5 without one (see Problems).');
  await expect(status).toContainText('"0" → edge-0');
  await expect(status).toContainText('columns "weight"');
});

test('corrections are shown to readers', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Add a note for readers (for a published story)').fill('Corrected the spelling of a name.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(page.getByRole('heading', { name: 'Corrections and updates' })).toBeVisible();
  await expect(page.locator('.changes')).toContainText('Corrected the spelling of a name.');
});

test('editing a published story asks for a note for readers; a second tab saving the draft is announced', async ({ page, context }) => {
  await page.goto('./?node=juche');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Summary').fill('North Korea’s political theory.');
  await page.getByLabel('Summary').blur();
  await expect(page.locator('.studio-ask')).toContainText('add a note for readers');
  await page.getByLabel('Add a note for readers (for a published story)').fill('Shortened the Juche summary.');
  await page.keyboard.press('Enter');
  await expect(page.locator('.studio-ask')).toHaveCount(0);

  // A second tab (same browser, same saved draft) edits too: the first is told, not silently overwritten.
  await expect(page.locator('.studio-save-status')).toContainText('Saved in this browser');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByText(/Your draft from .* is back/)).toBeVisible();
  await other.getByLabel('Summary').fill('Changed in the other tab.');
  await other.getByLabel('Summary').blur();
  await expect(page.getByRole('alert')).toContainText('This draft was just saved in another tab.');
  await page.getByRole('button', { name: 'Keep this tab’s version' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await other.close();
});

test('keyboard only: a node by name, its quote chosen by occurrence; undo never leaves a form pointing at nothing', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'New story…' }).click();
  await page.getByLabel('Title').fill('Ben twice');
  await page.getByLabel(/Article text/).fill('Ben met Ann, and Ben left.');
  await page.getByRole('button', { name: 'Create story' }).click();

  for (const name of ['Ann', 'Ben']) {
    await page.getByLabel('Name', { exact: true }).focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Label', { exact: true })).toHaveValue(name);
  }
  // Ben is selected: add the second "Ben" as his quote, from the keyboard.
  await page.getByLabel('Exact words').focus();
  await page.keyboard.type('Ben');
  await page.getByLabel(/occur 2 times/).selectOption({ label: 'Occurrence 2' });
  await page.getByRole('button', { name: 'Add quote' }).click();
  await expect(page.locator('.studio-evidence')).toContainText('Ben');
  const marked = await page.locator('[data-paragraph="p1"] .passage').allTextContents();
  expect(marked).toEqual(['Ben']);
  const offset = await page.locator('[data-paragraph="p1"] .passage').getAttribute('data-offset');
  expect(Number(offset)).toBe('Ben met Ann, and '.length);

  // A relation form that named a node which undo then removed must not break the page.
  await page.getByLabel('From', { exact: true }).selectOption({ label: 'Ben' });
  await page.getByLabel('To', { exact: true }).selectOption({ label: 'Ann' });
  await page.locator('.studio-panel').getByRole('button', { name: 'Undo' }).click(); // the quote
  await page.locator('.studio-panel').getByRole('button', { name: 'Undo' }).click(); // Ben
  await expect(page.getByRole('form', { name: 'New relation' })).toHaveCount(0); // one node left: nothing to relate
  await page.locator('.studio-panel').getByRole('button', { name: 'Redo' }).click(); // Ben is back, with a new store story
  await page.getByLabel('Relation (e.g. met with)').fill('met');
  await page.getByLabel('To', { exact: true }).selectOption({ label: 'Ben' });
  await page.getByRole('button', { name: 'Add relation' }).click();
  await expect(page.getByLabel('Label (reads from → to)')).toHaveValue('met');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ben twice');
});

test('in the studio the article panel takes focus, by its title, and scrolls from the keyboard; axe finds nothing serious', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.locator('.studio-panel')).toBeVisible();
  // Its passages are plain text here (for selecting words): the panel itself is the Tab stop.
  const article = page.getByRole('region', { name: /^Xi meets Kim Jong Un in Beijing/ });
  await expect(article).toHaveAttribute('tabindex', '0');
  await article.focus();
  await expect(article).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect.poll(() => article.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

  const serious = (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});
