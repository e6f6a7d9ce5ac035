// Shared by `npm run size` and `npm run size:check`: what each built entry loads before it is interactive,
// read from Vite's manifest (an entry and its static imports; dynamic imports are lazy and counted apart).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (dist/.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
/** Vite's build manifest: chunks keyed by their source path. */
export type Manifest = Record<string, ManifestChunk>;

/** The entries readers load: the embeddable element and the explorer page (which also serves the ?embed iframe). */
export const ENTRIES = [
  { key: 'src/embed/quoteGraphElement.tsx', label: '<quote-graph> element (quote-graph.js)' },
  { key: 'index.html', label: 'explorer and ?embed iframe (index.html)' },
] as const;

/**
 * Where `npm run build` leaves Vite's manifest (vite.config.ts moves it there): beside dist/, not in it, since
 * dist/ is exactly what a newsroom uploads.
 */
export const BUNDLE_MANIFEST = 'node_modules/.cache/quotegraph/manifest.json';

/** Reads the manifest `npm run build` writes. */
export function readManifest(file = BUNDLE_MANIFEST): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Gzipped size of a built file at level 9, as a CDN would serve it. */
export function gzippedSize(file: string, dist = 'dist'): number {
  return gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length;
}

/** Formats bytes as kB (1024 bytes), one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** An entry and every chunk it imports statically, transitively: what the browser fetches before running it. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) staticClosure(manifest, next, seen);
  return seen;
}

/** Vendor chunks are named in vite.config.ts; everything else is ours. */
const part = (chunk: ManifestChunk) => (['cytoscape', 'react', 'zod'].includes(chunk.name ?? '') ? (chunk.name ?? '') : 'quotegraph');

/** Gzipped JavaScript an entry loads before first interaction, in total and per part (cytoscape, react, zod, quotegraph). */
export function entryWeight(manifest: Manifest, key: string, size: (file: string) => number = gzippedSize): { total: number; parts: Map<string, number> } {
  const parts = new Map<string, number>();
  let total = 0;
  for (const k of staticClosure(manifest, key)) {
    const chunk = manifest[k];
    if (!chunk?.file.endsWith('.js')) continue;
    const bytes = size(chunk.file);
    total += bytes;
    parts.set(part(chunk), (parts.get(part(chunk)) ?? 0) + bytes);
  }
  return { total, parts };
}
