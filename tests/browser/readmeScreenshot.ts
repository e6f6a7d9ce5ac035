// `npm run screenshot`: rebuilds the README's picture of the explorer with a node selected (public/images/explorer.png).
// Needs `npm run build` first; uses the same Chromium as the browser tests.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { startStaticServer } from './staticServer';

const PORT = 4399;
const server = await startStaticServer(PORT);
try {
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${PORT}/?node=kim-jong-un`);
  await page.waitForFunction(() => (document.querySelector('.graph-canvas') as (HTMLElement & { cy?: unknown }) | null)?.cy);
  await page.getByRole('button', { name: /Show in article/ }).nth(1).click();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: 'public/images/explorer.png' });
  await browser.close();
  console.log('Wrote public/images/explorer.png');
} finally {
  server.close();
}
