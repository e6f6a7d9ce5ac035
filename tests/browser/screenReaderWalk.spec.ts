import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForGraph } from './test';

/** The README's screen-reader walk: each row's step and the first text it quotes as heard. */
function walkInReadme(): { step: string; heard: string }[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('### What a screen reader says')[1]?.split(/\n#+ /)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| you |'))
    .map((line) => {
      const [, step = '', said = ''] = line.split('|').map((cell) => cell.trim());
      return { step, heard: said.match(/"([^"]+)"/)?.[1] ?? '' };
    });
}

/** A quoted announcement as a pattern: literal text, with `<…>` standing for any text. */
const pattern = (heard: string) => new RegExp(`^${heard.split('<…>').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 's');

/** What each step of the walk does, by the words the README gives it. */
const STEPS: Record<string, (page: Page) => Promise<void>> = {
  'open the page': async () => {},
  'type `putin` in search': async (page) => page.getByRole('combobox').fill('putin'),
  'choose it with Enter': async (page) => page.keyboard.press('Enter'),
  'Open relation, on his first relation': async (page) => page.locator('.relation-open').first().click(),
  "Kim Jong Un's name in that relation's details": async (page) => page.locator('.details-panel .node-link', { hasText: 'Kim Jong Un' }).first().click(),
  Escape: async (page) => {
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('Escape');
  },
  'Person in the legend': async (page) => page.getByRole('button', { name: /^Person \d+$/ }).click(),
  'Show all': async (page) => page.getByRole('button', { name: 'Show all' }).click(),
  'Guided tour': async (page) => page.getByRole('button', { name: /Guided tour/ }).click(),
  Next: async (page) => page.getByRole('button', { name: 'Next', exact: true }).click(),
  'End tour': async (page) => page.getByRole('button', { name: 'End tour' }).click(),
  'N on the focused canvas': async (page) => {
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('n');
  },
};

test('the README’s screen-reader walk is what the live regions say, step by step', async ({ page }) => {
  const walk = walkInReadme();
  expect(walk.map((row) => row.step)).toEqual(Object.keys(STEPS));
  await page.goto('./');
  await waitForGraph(page);
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  const searchStatus = page.locator('.search [role="status"]');
  for (const { step, heard } of walk) {
    await STEPS[step]?.(page);
    if (step === 'open the page') {
      await expect(page).toHaveTitle(heard);
      await expect(announcer).toHaveText('');
    } else if (step.startsWith('type ')) {
      await expect(searchStatus, step).toHaveText(pattern(heard));
    } else {
      await expect(announcer, step).toHaveText(pattern(heard));
    }
  }
});
