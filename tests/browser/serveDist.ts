// Serves the built app for the browser tests (see staticServer.ts) on three ports, i.e. three origins:
// the app's, a host page's, and a foreign one. Playwright starts and stops it.
import { startStaticServer } from './staticServer';

const port = Number(process.env.PORT ?? 4321);
await Promise.all([startStaticServer(port), startStaticServer(port + 1), startStaticServer(port + 2)]);
console.log(`serving dist on http://127.0.0.1:${port}/ (+ ${port + 1}, ${port + 2})`);
