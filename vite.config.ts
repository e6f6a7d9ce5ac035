/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative base: the built explorer works from any sub-path (a newsroom's /graphs/xi-kim/, a CDN folder).
  base: './',
  plugins: [react()],
  // One chunk of ~820 kB (254 kB gzipped) today; the embed work splits it and sets a budget.
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 900 },
  test: {
    include: ['tests/{model,store,graph,ui,app,data,cli}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
  },
});
