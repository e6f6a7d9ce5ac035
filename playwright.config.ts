import { defineConfig } from '@playwright/test';
import { APP_PORT as PORT } from './tests/browser/origins';

// Browser tests run against the built app (`vite build`), served by a tiny static server.
// The browser itself comes from tests/browser/chromium.ts: Playwright never downloads one here.
export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    trace: 'off',
  },
  webServer: {
    command: `npx tsx tests/browser/serveDist.ts`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
