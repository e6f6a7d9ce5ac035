import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A fresh `npm install` rewrites package-lock.json when the lock's own record of package.json disagrees with it,
// leaving a newcomer's tree dirty before they have changed anything.
describe('package-lock.json', () => {
  it('records every dependency range exactly as package.json gives it', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>;
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Record<string, Record<string, string> | undefined>> };
    const root = lock.packages[''] ?? {};
    for (const kind of ['dependencies', 'devDependencies'] as const) expect(root[kind] ?? {}).toEqual(manifest[kind] ?? {});
  });
});
