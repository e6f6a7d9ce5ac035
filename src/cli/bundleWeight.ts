// `npm run size` (after `npm run build`): the JavaScript each entry loads before it is interactive, gzipped,
// split into Cytoscape, React, zod and our code. Read from Vite's manifest: an entry and its static imports;
// dynamic imports (the exporters) are lazy and listed apart.
import { ENTRIES, entryWeight, gzippedSize, kb, readManifest } from './bundleManifest';

const manifest = readManifest();
for (const { label, key } of ENTRIES) {
  const { total, parts } = entryWeight(manifest, key);
  const breakdown = [...parts].sort((a, b) => b[1] - a[1]).map(([name, size]) => `${name} ${kb(size)}`);
  console.log(`${label}: ${kb(total)} gzipped before first interaction (${breakdown.join(', ')})`);
}
const lazy = new Set(Object.values(manifest).flatMap((c) => c.dynamicImports ?? []));
console.log(`lazy (loaded on use): ${[...lazy].map((k) => `${manifest[k]?.file} ${kb(gzippedSize(manifest[k]?.file ?? ''))}`).join(', ')}`);
