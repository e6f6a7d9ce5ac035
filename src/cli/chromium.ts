import { existsSync } from 'node:fs';

/**
 * Finds a Chromium for the browser tests and the benches without letting any tool download one:
 * CHROMIUM_PATH if set; else the Chromium shipped in the @sparticuz/chromium npm package (Linux x64);
 * else Debian's /usr/bin/chromium. Fails loudly rather than skip.
 */
export async function chromiumExecutable(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (process.platform === 'linux' && process.arch === 'x64') {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return sparticuz.executablePath();
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('No Chromium found for the browser tests. Install one and set CHROMIUM_PATH to its executable.');
}

/** Flags for a headless run as root on a machine with no network: no sandbox, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
