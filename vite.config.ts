/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  // Relative base: the built explorer works from any sub-path (a newsroom's /graphs/xi-kim/, a CDN folder).
  base: './',
  plugins: [react(), storiesPlugin()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    // Read by `npm run size` to report what each entry loads.
    manifest: true,
    rolldownOptions: {
      input: {
        index: resolve('index.html'),
        'quote-graph': resolve('src/embed/quoteGraphElement.tsx'),
        scrollytelling: resolve('src/demo/scrollytelling.html'),
        // The bench's baseline: the same graph drawn by bare Cytoscape.js (see src/bench/).
        'bench-bare': resolve('src/bench/bare.html'),
      },
      output: {
        // The element keeps a stable name, so a newsroom's <script src=".../quote-graph.js"> survives rebuilds.
        entryFileNames: (chunk) => (chunk.name === 'quote-graph' ? 'quote-graph.js' : 'assets/[name]-[hash].js'),
        // Vendor chunks of their own, so the embed's weight can be reported per part and cached across our releases.
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/{model,store,graph,ui,app,data,cli,embed}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
  },
});
