// A tiny static server (loopback only) for the benches and the browser tests:
// - the built app (dist/) at / and again under a sub-path (to prove the relative base);
// - the scrollytelling demo, the bench's bare page and the bench's stories from dist-extras/ beside it;
// - everything again under /csp/ with a strict Content-Security-Policy header.
// Every response allows CORS, as a CDN serving quote-graph.js and story files to other sites would. The browser
// tests add their own routes (fixtures, host pages, servers in trouble) through `routes`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

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

/** A path with any leading `../` removed, so no request reaches outside the folder it names. */
export const clean = (path: string) => normalize(path).replace(/^(\.\.[/\\])+/, '');

/** What the extras build holds (never uploaded with dist/): the demo and bench pages, their code, bench stories. */
const EXTRAS = ['/src/', '/extras-assets/', '/bench-stories/'];

/** Routes a caller adds before the app's own files. */
export interface ExtraRoutes {
  /** Answers the request itself and returns true (a server in trouble), or returns false to let the files answer. */
  handle?: (pathname: string, request: IncomingMessage, response: ServerResponse, headers: Record<string, string>) => boolean;
  /** The file for a path outside the builds (test fixtures, host pages), or null. */
  file?: (pathname: string) => string | null;
}

function appFile(pathname: string): string {
  const inApp = pathname.startsWith(SUB_PATH) ? `/${pathname.slice(SUB_PATH.length)}` : pathname;
  const safe = clean(inApp);
  const root = EXTRAS.some((prefix) => inApp.startsWith(prefix)) ? 'dist-extras' : 'dist';
  return join(root, safe.endsWith('/') ? `${safe}index.html` : safe);
}

/** Starts the server on 127.0.0.1:port (0: any free port); resolves once it listens. */
export function startStaticServer(port: number, routes: ExtraRoutes = {}): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const headers: Record<string, string> = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
    if (pathname.startsWith('/csp/')) {
      pathname = pathname.slice('/csp'.length);
      headers['content-security-policy'] = STRICT_CSP;
    }
    if (routes.handle?.(pathname, request, response, headers)) return;
    const file = routes.file?.(pathname) ?? appFile(pathname);
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
