// Serves the built app for the browser tests (see staticServer.ts); Playwright starts and stops it.
import { startStaticServer } from './staticServer';

const port = Number(process.env.PORT ?? 4321);
await startStaticServer(port);
console.log(`serving dist on http://127.0.0.1:${port}/`);
