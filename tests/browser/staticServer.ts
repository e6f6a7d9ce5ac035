// A tiny static server for browser tests (loopback only):
// - the built app (dist/) at / and again under a sub-path (to prove the relative base);
// - the scrollytelling demo and the bench's bare page from dist-extras/ (`vite build --mode extras`) beside it;
// - the test fixtures under /fixtures/ (for ?story= links) and host pages under /hosts/ (embedding tests);
// - everything again under /csp/ with a strict Content-Security-Policy header;
// - servers in trouble under /trouble/ (troubleServer.ts): one that stalls, one that drops, a gzip bomb.
// Every response allows CORS, as a CDN serving quote-graph.js and story files to other sites would.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { serveTrouble } from './troubleServer';

const SUB_PATH = '/newsroom/graphs/xi-kim/';
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const clean = (path: string) => normalize(path).replace(/^(\.\.[/\\])+/, '');

/** What the extras build holds (never uploaded with dist/): the demo and bench pages, their code, bench stories. */
const EXTRAS = ['/src/', '/extras-assets/', '/bench-stories/'];

function resolve(pathname: string): string {
  if (pathname.startsWith('/fixtures/')) return join('tests', clean(pathname));
  if (pathname.startsWith('/hosts/')) return join('tests/browser', clean(pathname));
  const inApp = pathname.startsWith(SUB_PATH) ? `/${pathname.slice(SUB_PATH.length)}` : pathname;
  const safe = clean(inApp);
  const root = EXTRAS.some((prefix) => inApp.startsWith(prefix)) ? 'dist-extras' : 'dist';
  return join(root, safe.endsWith('/') ? `${safe}index.html` : safe);
}

/** Starts the server on 127.0.0.1:port; resolves once it listens. */
export function startStaticServer(port: number): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const headers: Record<string, string> = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
    if (pathname.startsWith('/csp/')) {
      pathname = pathname.slice('/csp'.length);
      headers['content-security-policy'] = STRICT_CSP;
    }
    if (pathname.startsWith('/trouble/')) {
      serveTrouble(pathname, request, response, headers);
      return;
    }
    const file = resolve(pathname);
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
