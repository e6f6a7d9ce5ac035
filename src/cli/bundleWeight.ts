// `npm run size` (after `npm run build`): the JavaScript each entry loads before it is interactive, gzipped,
// split into Cytoscape, React, zod and our code. Read from Vite's manifest: an entry and its static imports;
// dynamic imports (the exporters) are lazy and listed apart.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const manifest: Manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gz = (file: string) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const part = (chunk: ManifestChunk) => (['cytoscape', 'react', 'zod'].includes(chunk.name ?? '') ? (chunk.name ?? '') : 'quotegraph');

function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) closure(next, seen);
  return seen;
}

const entries: [string, string][] = [
  ['<quote-graph> element (quote-graph.js)', 'src/embed/quoteGraphElement.tsx'],
  ['explorer and ?embed iframe (index.html)', 'index.html'],
];
for (const [label, key] of entries) {
  const parts = new Map<string, number>();
  let total = 0;
  for (const k of closure(key)) {
    const chunk = manifest[k];
    if (!chunk?.file.endsWith('.js')) continue;
    const size = gz(chunk.file);
    total += size;
    parts.set(part(chunk), (parts.get(part(chunk)) ?? 0) + size);
  }
  const breakdown = [...parts].sort((a, b) => b[1] - a[1]).map(([name, size]) => `${name} ${kb(size)}`);
  console.log(`${label}: ${kb(total)} gzipped before first interaction (${breakdown.join(', ')})`);
}
const lazy = new Set(Object.values(manifest).flatMap((c) => c.dynamicImports ?? []));
console.log(`lazy (loaded on use): ${[...lazy].map((k) => `${manifest[k]?.file} ${kb(gz(manifest[k]?.file ?? ''))}`).join(', ')}`);
