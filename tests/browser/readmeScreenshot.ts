// `npm run screenshot`: rebuilds the README's pictures in tests/browser/screenshots/: the explorer with a node selected,
// the studio, and <quote-graph> in an article column and on a phone.
// Needs `npm run build` first; uses the same Chromium as the browser tests.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/cli/chromium';
import { startStaticServer } from './staticServer';
import { waitUntilStill } from './stillness';

const PORT = 4399;
const server = await startStaticServer(PORT);
try {
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${PORT}/?node=kim-jong-un`);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('.graph-canvas')?.dataset.drawn === 'true');
  await page.getByRole('button', { name: /Show in article/ }).nth(1).click();
  // The passage highlighted and scrolled to, and the graph's fades done.
  await page.locator('.article-panel a.passage.is-current').first().waitFor();
  await waitUntilStill(page);
  await page.screenshot({ path: 'tests/browser/screenshots/explorer.png' });

  // The studio: a new story from pasted text, one node made, words selected for the next.
  const studio = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await studio.goto(`http://127.0.0.1:${PORT}/`);
  await studio.getByRole('button', { name: 'Edit' }).click();
  await studio.getByRole('button', { name: 'New story…' }).click();
  await studio.getByLabel('Title').fill('Xi meets Kim in Beijing');
  await studio.getByLabel(/Article text/).fill(
    'Xi met with Supreme Leader Kim Jong Un on Thursday at the Great Hall of the People in Beijing.\n\nKim was in Beijing to attend the military parade.',
  );
  await studio.getByRole('button', { name: 'Create story' }).click();
  const selectWords = (paragraph: string, words: string) =>
    studio.evaluate(
      ([pid, text]) => {
        const piece = [...document.querySelectorAll(`[data-paragraph="${pid}"] [data-offset]`)].find((el) => el.textContent?.includes(text ?? ''));
        const node = piece?.firstChild;
        if (!node || !node.textContent) return;
        const at = node.textContent.indexOf(text ?? '');
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + (text ?? '').length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      },
      [paragraph, words],
    );
  await selectWords('p1', 'Xi');
  await studio.getByRole('button', { name: 'New node: Person' }).click();
  await selectWords('p1', 'Supreme Leader Kim Jong Un');
  // The actions for the selected words have come up.
  await studio.locator('.selection-popover q', { hasText: 'Supreme Leader Kim Jong Un' }).waitFor();
  await waitUntilStill(studio);
  await studio.screenshot({ path: 'tests/browser/screenshots/studio.png' });

  // <quote-graph> in an article (tests/browser/hosts/article-page.html): a 760 px column and a 390 px phone.
  for (const [name, viewport, mobile] of [
    ['embed-column', { width: 1280, height: 900 }, false],
    ['embed-phone', { width: 390, height: 844 }, true],
  ] as const) {
    const context = await browser.newContext({ viewport, hasTouch: mobile, isMobile: mobile, deviceScaleFactor: 2 });
    const embed = await context.newPage();
    await embed.goto(`http://127.0.0.1:${PORT}/hosts/article-page.html?node=kim-jong-un`);
    await embed.waitForFunction(() => document.querySelector('#graph')?.shadowRoot?.querySelector<HTMLElement>('.graph-canvas')?.dataset.drawn === 'true');
    await embed.locator('#graph').scrollIntoViewIfNeeded();
    await waitUntilStill(embed);
    await embed.locator('#graph').screenshot({ path: `tests/browser/screenshots/${name}.png` });
    await context.close();
  }
  await browser.close();
  console.log('Wrote explorer.png, studio.png, embed-column.png and embed-phone.png in tests/browser/screenshots/');
} finally {
  server.close();
}
