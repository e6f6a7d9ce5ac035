// A tiny static server for browser tests: the built app at / and again under a sub-path (to prove the relative base),
// and the test fixtures under /fixtures/ (for ?story= links). Loopback only.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const SUB_PATH = '/newsroom/graphs/xi-kim/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

function resolve(pathname: string): string | null {
  if (pathname.startsWith('/fixtures/')) return join('tests', normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
  const inApp = pathname.startsWith(SUB_PATH) ? `/${pathname.slice(SUB_PATH.length)}` : pathname;
  const safe = normalize(inApp).replace(/^(\.\.[/\\])+/, '');
  return join('dist', safe.endsWith('/') ? `${safe}index.html` : safe);
}

/** Starts the server on 127.0.0.1:port; resolves once it listens. */
export function startStaticServer(port: number): Promise<Server> {
  const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = resolve(decodeURIComponent(url.pathname));
  try {
    if (!file) throw new Error('not found');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
