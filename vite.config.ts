/// <reference types="vitest/config" />
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { BUNDLE_MANIFEST } from './src/cli/bundleManifest';

/**
 * Serves the curated stories in data/ at stories/<file>.json (dev) and copies them there (build), so the
 * embeds and `?story=` can load them by a stable URL.
 */
function storiesPlugin(): Plugin {
  const files = () => readdirSync('data').filter((f) => f.endsWith('.json'));
  return {
    name: 'quotegraph-stories',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/stories\/([\w.-]+\.json)(\?.*)?$/.exec(request.url ?? '');
        if (!match?.[1] || !files().includes(match[1])) return next();
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(readFileSync(resolve('data', match[1])));
      });
    },
    generateBundle() {
      for (const file of files()) this.emitFile({ type: 'asset', fileName: `stories/${file}`, source: readFileSync(resolve('data', file)) });
    },
  };
}

/**
 * Moves the build manifest out of dist/: it is for our size checks, and dist/ is exactly what a newsroom uploads.
 */
function manifestOutOfDist(): Plugin {
  return {
    name: 'quotegraph-manifest-out-of-dist',
    apply: 'build',
    closeBundle() {
      // A build kept in memory (tests/cli/firstLoad.test.ts) writes none.
      if (!existsSync('dist/.vite/manifest.json')) return;
      mkdirSync(dirname(BUNDLE_MANIFEST), { recursive: true });
      renameSync('dist/.vite/manifest.json', BUNDLE_MANIFEST);
      rmSync('dist/.vite', { recursive: true, force: true });
    },
  };
}

// `vite build` makes dist/: what a newsroom uploads (the explorer, the element, the stories, the schema).
// `vite build --mode extras` makes dist-extras/: the scrollytelling demo and the bench's bare Cytoscape.js page,
// which the browser tests and the bench serve beside dist/ (src/cli/staticServer.ts), never uploaded.
export default defineConfig(({ mode }) => {
  const extras = mode === 'extras';
  const input: Record<string, string> = extras
    ? {
        scrollytelling: resolve('src/demo/scrollytelling.html'),
        // The bench's baseline: the same graph drawn by bare Cytoscape.js (see src/bench/).
        'bench-bare': resolve('src/bench/bare.html'),
        // The embed bench's baseline: Cytoscape.js alone, drawing elements prepared in Node (see src/bench/bareElements.ts).
        'bench-bare-elements': resolve('src/bench/bareElements.html'),
        // The windowed list, ours against @tanstack/react-virtual (src/bench/listBench.tsx).
        'bench-list': resolve('src/bench/listBench.html'),
      }
    : {
        index: resolve('index.html'),
        'quote-graph': resolve('src/embed/quoteGraphElement.tsx'),
      };
  return {
    // Relative base: the built explorer works from any sub-path (a newsroom's /graphs/xi-kim/, a CDN folder).
    base: './',
    // README screenshots live in tests/browser/screenshots; public/ is copied into dist/ whole.
    publicDir: extras ? false : 'public',
    plugins: [react(), ...(extras ? [] : [storiesPlugin(), manifestOutOfDist()])],
    build: {
      outDir: extras ? 'dist-extras' : 'dist',
      // Apart from dist/assets, so the test server can serve both builds from one origin.
      assetsDir: extras ? 'extras-assets' : 'assets',
      sourcemap: false,
      // Read by `npm run size` to report what each entry loads (moved out of dist/ once written).
      manifest: !extras,
      rolldownOptions: {
        input,
        output: {
          // The element keeps a stable name, so a newsroom's <script src=".../quote-graph.js"> survives rebuilds.
          entryFileNames: (chunk) => (chunk.name === 'quote-graph' ? 'quote-graph.js' : `${extras ? 'extras-assets' : 'assets'}/[name]-[hash].js`),
          // Vendor chunks of their own, so the embed's weight can be reported per part and cached across our releases.
          codeSplitting: {
            groups: [
              { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
              { name: 'quotegraph', test: /[\\/]src[\\/]/, tags: ['$initial'], minShareCount: 2 },
            ],
          },
        },
      },
    },
    test: {
      include: ['tests/{model,store,graph,ui,app,loading,data,cli,embed}/**/*.test.{ts,tsx}'],
      environment: 'node',
      setupFiles: ['tests/setup.ts'],
      pool: 'threads',
      maxWorkers: 2,
    },
  };
});
