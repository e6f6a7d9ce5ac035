// Story servers in trouble, for the browser tests of loading that must end (see staticServer.ts):
// /trouble/stall.json  sends its headers and the start of a story, then nothing, until the page gives up;
// /trouble/drop.json   sends its headers and the start of a story, then drops the connection;
// /trouble/bomb.json   a gzip response of about 300 kB that expands to 300 MB of spaces, compressed only as fast as
//                      the page reads it (a page that stops reading stops the server's work too).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

/** 300 MB of spaces, a megabyte at a time. */
function spaces(): Readable {
  const megabyte = Buffer.alloc(1024 * 1024, ' ');
  let left = 300;
  return new Readable({
    read() {
      this.push(left-- > 0 ? megabyte : null);
    },
  });
}

/** Answers a /trouble/ path; `headers` are the server's usual ones (CORS, no caching). */
export function serveTrouble(pathname: string, request: IncomingMessage, response: ServerResponse, headers: Record<string, string>): void {
  const json = { ...headers, 'content-type': 'application/json; charset=utf-8' };
  if (pathname === '/trouble/stall.json') {
    response.writeHead(200, json);
    response.write('{ "version": 1, "id": "stalled", ');
    // Nothing more: the socket stays open until the page lets go.
    request.on('close', () => response.destroy());
  } else if (pathname === '/trouble/drop.json') {
    response.writeHead(200, { ...json, 'content-length': '100000' });
    response.write('{ "version": 1, "id": "dropped", ', () => setImmediate(() => response.socket?.destroy()));
  } else if (pathname === '/trouble/bomb.json') {
    response.writeHead(200, { ...json, 'content-encoding': 'gzip' });
    const body = spaces().pipe(createGzip({ level: 9 }));
    body.pipe(response);
    request.on('close', () => body.destroy());
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  }
}
