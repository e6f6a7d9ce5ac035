// The browser tests' server: the app's static server (src/cli/staticServer.ts: dist/ at / and under a sub-path,
// dist-extras/ beside it, /csp/ with a strict policy), plus what only tests serve:
// - the test fixtures under /fixtures/ (for ?story= links) and host pages under /hosts/ (embedding tests);
// - servers in trouble under /trouble/ (troubleServer.ts): one that stalls, one that drops, a gzip bomb.
import type { Server } from 'node:http';
import { join } from 'node:path';
import { clean, startStaticServer as startAppServer } from '../../src/cli/staticServer';
import { serveTrouble } from './troubleServer';

function testFile(pathname: string): string | null {
  if (pathname.startsWith('/fixtures/')) return join('tests', clean(pathname));
  if (pathname.startsWith('/hosts/')) return join('tests/browser', clean(pathname));
  return null;
}

/** Starts the test server on 127.0.0.1:port; resolves once it listens. */
export function startStaticServer(port: number): Promise<Server> {
  return startAppServer(port, {
    file: testFile,
    handle: (pathname, request, response, headers) => {
      if (!pathname.startsWith('/trouble/')) return false;
      serveTrouble(pathname, request, response, headers);
      return true;
    },
  });
}
