import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The folder tree is a map of the architecture (README, "Architecture"): imports point one way, from the entry
// points down to model/. This reads every import in src/ and holds it to that map, so a layer that starts reaching
// upward (the store into graph/, embed/ into app/, a bench into tests/) fails here, naming the file.

/** What each folder under src/ may import from, besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  loading: ['model'],
  store: ['model'],
  graph: ['model', 'store'],
  ui: ['model', 'store', 'graph', 'loading'],
  app: ['model', 'store', 'graph', 'loading', 'ui'],
  embed: ['model', 'store', 'graph', 'loading', 'ui'],
  // src/main.tsx, the explorer page's entry: it chooses between the explorer and the iframe app.
  'main.tsx': ['app', 'embed', 'ui'],
  demo: ['model', 'embed'],
  // The bare pages and the benches are entry points that measure the layers below them (the list bench mounts the
  // List view's windowing, the embed bench builds the same elements and stylesheet as the element).
  bench: ['model', 'graph', 'ui'],
  cli: ['model', 'loading', 'graph', 'ui'],
};

/** Packages a layer must not import: model/ is plain TypeScript, and only graph/ and ui/ touch Cytoscape. */
const PACKAGES_REFUSED: Record<string, readonly string[]> = {
  model: ['react', 'react-dom', 'zustand', 'cytoscape', 'react-cytoscapejs'],
  loading: ['zustand', 'cytoscape', 'react-cytoscapejs'],
  store: ['cytoscape', 'react-cytoscapejs'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+|new URL\(\s*)'([^']+)'/gm;

/** Every module a file names: static, side-effect and dynamic imports, and worker URLs. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1] ?? '');
}

/** The folder directly under src/ a path is in (or the file's own name for a file at src/'s top). */
const layerOf = (path: string) => relative('src', path).split(/[\\/]/)[0] ?? '';

describe('layers', () => {
  const files = sourceFiles('src');

  it('every import points down the map, and nothing in src/ imports from tests/', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      const allowed = MAY_IMPORT[from];
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) {
          if (PACKAGES_REFUSED[from]?.some((name) => spec === name || spec.startsWith(`${name}/`))) wrong.push(`${file} imports the package ${spec}`);
          continue;
        }
        const target = join(dirname(file), spec.replace(/\?.*$/, ''));
        if (!target.startsWith(`src/`)) {
          // Outside src/: only the curated stories in data/ (the default story is bundled).
          if (!target.startsWith('data/')) wrong.push(`${file} imports ${spec}, outside src/`);
          continue;
        }
        const to = layerOf(target);
        if (to !== from && !allowed?.includes(to)) wrong.push(`${file} (${from}/) imports ${spec} (${to}/)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('knows every folder in src/', () => {
    const layers = new Set(files.map(layerOf));
    expect([...layers].filter((layer) => !(layer in MAY_IMPORT))).toEqual([]);
  });
});
