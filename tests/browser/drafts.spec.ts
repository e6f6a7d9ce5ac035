import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test, waitForGraph } from './test';

/** The studio bar's save status. */
const saveStatus = (page: Page) => page.locator('.studio-save-status');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Node ids on the canvas. */
function nodeIds(page: Page): Promise<string[]> {
  return page.locator('.graph-canvas').evaluate((h) => (h as HTMLElement & { graph: { cy: import('cytoscape').Core } }).graph.cy.nodes().map((n) => n.id()).sort());
}

/** What this browser keeps, read straight from IndexedDB: each draft's title and node ids. */
function storedDrafts(page: Page): Promise<{ title: string; nodes: string[]; unreadable: boolean }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('quotegraph');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['draftSummaries', 'draftStories'], 'readonly');
          const summaries = tx.objectStore('draftSummaries').getAll();
          const stories = tx.objectStore('draftStories').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve(
              summaries.result.map((s: { title: string; unreadable?: string }, i: number) => ({
                title: s.title,
                unreadable: Boolean(s.unreadable),
                nodes: typeof stories.result[i] === 'object' ? (stories.result[i].nodes ?? []).map((n: { id: string }) => n.id).sort() : [],
              })),
            );
          };
        };
      }),
  );
}

async function newStory(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'New story…' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel(/Article text/).fill(text);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(heading(page)).toHaveText(title);
}

async function addNode(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue(name);
}

async function openDrafts(page: Page) {
  await page.locator('summary', { hasText: 'Open' }).click();
  await page.getByRole('button', { name: 'Drafts in this browser…' }).click();
  return page.getByRole('dialog', { name: 'Drafts in this browser' });
}

test('drafts of two stories are both kept and listed; a reload brings back the one this tab was editing', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await newStory(page, 'First story', 'Anna met Ben in Paris.');
  await addNode(page, 'Anna');
  await expect(saveStatus(page)).toContainText('Saved in this browser');
  await newStory(page, 'Second story', 'Carla leads Southland.');
  await addNode(page, 'Carla');
  await expect(saveStatus(page)).toContainText('Saved in this browser');

  const dialog = await openDrafts(page);
  const items = dialog.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Second story');
  await expect(items.nth(0)).toContainText('open here');
  await expect(items.nth(0)).toContainText(/last change/);
  await expect(items.nth(1)).toContainText('First story');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(heading(page)).toHaveText('Second story');
  await expect(page.getByText(/Your draft from .* is back/)).toBeVisible();
  await waitForGraph(page);
  expect(await nodeIds(page)).toEqual(['carla']);

  // The other draft, from the list: open it, and a reload keeps this tab on it.
  await (await openDrafts(page)).getByRole('button', { name: 'Open “First story”' }).click();
  await expect(heading(page)).toHaveText('First story');
  await waitForGraph(page);
  expect(await nodeIds(page)).toEqual(['anna']);
  await page.reload();
  await expect(heading(page)).toHaveText('First story');
  expect((await storedDrafts(page)).map((d) => d.title).sort()).toEqual(['First story', 'Second story']);
});

test('a pending save is written when another story opens, and when the page is hidden or reloaded', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await newStory(page, 'Quick edits', 'Anna met Ben in Paris, and Ben left.');
  await addNode(page, 'Anna');
  await expect(saveStatus(page)).toContainText('Saved in this browser');

  // An edit, then at once another story: the edit is kept.
  await addNode(page, 'Ben');
  const story = readFileSync('tests/fixtures/small-story.json');
  await page.locator('input[type=file][aria-label="Story file"]').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: story });
  await expect(heading(page)).toHaveText('A small test story');
  await expect.poll(async () => (await storedDrafts(page)).find((d) => d.title === 'Quick edits')?.nodes).toEqual(['anna', 'ben']);

  // Hidden (a phone switching apps, a laptop lid): written at once, not after the delay.
  await (await openDrafts(page)).getByRole('button', { name: 'Open “Quick edits”' }).click();
  await expect(heading(page)).toHaveText('Quick edits');
  await page.getByLabel('Name', { exact: true }).fill('Paris');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  const kept = await page.evaluate(async () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    // Read in the same task: only a save started by the event itself can be there already.
    return new Promise<string[]>((resolve) => {
      const open = indexedDB.open('quotegraph');
      open.onsuccess = () => {
        const tx = open.result.transaction(['draftStories'], 'readonly');
        const all = tx.objectStore('draftStories').getAll();
        tx.oncomplete = () => resolve(all.result.flatMap((s: { title: string; nodes: { id: string }[] }) => (s.title === 'Quick edits' ? s.nodes.map((n) => n.id) : [])));
      };
    });
  });
  expect(kept.sort()).toEqual(['anna', 'ben', 'paris']);

  // Reloaded right after an edit: the edit comes back.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
  await page.getByLabel('Name', { exact: true }).fill('Northland');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await page.reload();
  await expect(heading(page)).toHaveText('Quick edits');
  await waitForGraph(page);
  expect(await nodeIds(page)).toEqual(['anna', 'ben', 'northland', 'paris']);
});

/** A story as an earlier version saved it, with more other names, quotes and paragraph text than the format allows. */
function overLimitDraft(title: string): string {
  const story = JSON.parse(readFileSync('tests/fixtures/small-story.json', 'utf8'));
  story.title = title;
  story.nodes[1].aliases = Array.from({ length: 23 }, (_, i) => `Name ${i + 1}`);
  story.edges[0].evidence = Array.from({ length: 101 }, () => ({ paragraph: 'p1', quote: 'Anna met Ben in Paris' }));
  return JSON.stringify({ story, savedAt: Date.parse('2026-11-30T10:00:00Z'), tab: 'old', published: false });
}

test('a draft over the limits is never lost: set aside, listed, downloadable, and opened as a repaired copy', async ({ page }) => {
  const bad = overLimitDraft('Too many names');
  const older = overLimitDraft('An older bad draft');
  // Two drafts an earlier version kept: the one it was editing and the one it had set aside.
  await page.addInitScript(
    ([draft, setAside]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('quotegraph:draft:v1', draft ?? '');
      localStorage.setItem('quotegraph:draft:v1:unreadable', setAside ?? '');
    },
    [bad, older],
  );
  await page.goto('./');
  await waitForGraph(page);
  await expect(page.getByText(/Your draft “Too many names” could not be opened\. Node “Ben”, other names: .* It is kept in this browser/)).toBeVisible();

  const dialog = await openDrafts(page);
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  const item = dialog.getByRole('listitem').filter({ hasText: 'Too many names' });
  await expect(item).toContainText('Set aside, as it could not be opened. Node “Ben”, other names: at most 20 items, not 23; and 1 more problem. Nothing in it is lost');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'An older bad draft' })).toContainText('Set aside');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download “Too many names”' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('small-set-aside-2026-11-30.json');
  expect(readFileSync(await file.path(), 'utf8')).toBe(bad);

  await dialog.getByRole('button', { name: 'Open a repaired copy of “Too many names”' }).click();
  await expect(heading(page)).toHaveText('Too many names');
  await expect(page.getByText(/A repaired copy .* kept the first 20 of 23\. .* kept the first 100 of 101\. The draft as it was stays in Drafts/)).toBeVisible();
  await expect(page.getByLabel('Label', { exact: true })).toHaveCount(0);
  await expect(saveStatus(page)).toBeVisible();

  // Reloaded: the repaired copy comes back, and both drafts as they were are still kept.
  await page.reload();
  await expect(heading(page)).toHaveText('Too many names');
  const kept = await storedDrafts(page);
  expect(kept.filter((d) => d.unreadable).length).toBe(2);
  expect(kept.filter((d) => !d.unreadable).map((d) => d.title)).toEqual(['Too many names']);
});

test('an edit over a limit is refused where it is made, with a message, and the draft still opens after a reload', async ({ page }) => {
  await page.goto('./?node=juche');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Summary').fill('Edited summary.');
  await page.getByLabel('Summary').blur();
  await expect(saveStatus(page)).toContainText('Saved in this browser');
  const names = Array.from({ length: 21 }, (_, i) => `Name ${i + 1}`).join(', ');
  const field = page.getByLabel('Other names (comma-separated)');
  await field.fill(names);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Not changed: Other names (comma-separated): 21 other names: at most 20.');
  await expect(field).toHaveValue(names);
  await page.reload();
  await expect(page.getByText(/Your draft from .* is back/)).toBeVisible();
  await expect(page.getByLabel('Summary')).toHaveValue('Edited summary.');
});

test('a draft discarded in another tab is not saved again here without asking', async ({ page, context }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await newStory(page, 'Shared draft', 'Anna met Ben in Paris.');
  await addNode(page, 'Anna');
  await expect(saveStatus(page)).toContainText('Saved in this browser');

  const other = await context.newPage();
  other.on('dialog', (dialog) => void dialog.accept());
  await other.goto('./');
  await expect(heading(other)).toHaveText('Shared draft');
  await other.getByRole('button', { name: 'Discard draft…' }).click();
  await expect(heading(other)).not.toHaveText('Shared draft');
  expect(await storedDrafts(other)).toEqual([]);

  // This tab is told at once; an edit here is kept on screen but not saved, until the curator chooses.
  await expect(page.getByRole('alert')).toContainText('This draft was discarded in another tab.');
  await addNode(page, 'Ben');
  await expect(saveStatus(page)).toHaveText('Not saved: see the message below');
  expect(await storedDrafts(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save it again here' }).click();
  await expect(saveStatus(page)).toContainText('Saved in this browser');
  expect(await storedDrafts(page)).toEqual([{ title: 'Shared draft', nodes: ['anna', 'ben'], unreadable: false }]);
  await other.close();
});
