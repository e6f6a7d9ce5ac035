// `npx tsx tests/browser/phoneScreenshot.ts`: the explorer on a phone (390 x 844, by touch) with Kim Jong Un
// selected and the details sheet pulled up, at tests/browser/screenshots/explorer-phone.png, and on its side
// (844 x 390) at explorer-phone-landscape.png (not in public/, which ships to newsrooms). Needs `npm run build`
// first; uses the same Chromium as the browser tests.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/cli/chromium';
import { startStaticServer } from './staticServer';
import { waitUntilStill } from './stillness';

const PORT = 4398;
const server = await startStaticServer(PORT);
try {
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/?node=kim-jong-un`);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('.graph-canvas')?.dataset.drawn === 'true');
  await page.getByRole('button', { name: /^Kim Jong Un Person/ }).tap();
  // Once the sheet has come up, the view has moved clear of it and the graph's fades have ended.
  await waitUntilStill(page);
  await page.screenshot({ path: 'tests/browser/screenshots/explorer-phone.png' });
  console.log('Wrote tests/browser/screenshots/explorer-phone.png');

  // On its side (844 x 390): the graph keeps the height, the sheet's card in the corner names the selection.
  const side = await browser.newContext({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const landscape = await side.newPage();
  await landscape.goto(`http://127.0.0.1:${PORT}/?node=kim-jong-un`);
  await landscape.waitForFunction(() => document.querySelector<HTMLElement>('.graph-canvas')?.dataset.drawn === 'true' && document.getAnimations().length === 0);
  await landscape.screenshot({ path: 'tests/browser/screenshots/explorer-phone-landscape.png' });
  console.log('Wrote tests/browser/screenshots/explorer-phone-landscape.png');
  await browser.close();
} finally {
  server.close();
}
