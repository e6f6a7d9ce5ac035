import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

// What the explorer and the element load before their first view, read from a production build kept in memory:
// the chunks each entry imports statically, and the modules inside them. Zod (the schema's messages, for invalid
// stories), the studio, the exporters and importers, the Embed dialog's snippets and the List view must stay out of it, each
// loaded only when used. A static import that drags one back in fails here, naming the module.

/** Modules a first view must not load. Each must still be in the build somewhere (checked below), so a rename cannot make this pass unseen. */
const LATER = [
  /node_modules[\\/]zod[\\/]/,
  /src[\\/]model[\\/]story[\\/](storySchema|parseStory|readStoryParts)\.ts$/,
  /src[\\/]model[\\/]studio[\\/](editLimits|repairDraft)\.ts$/,
  /src[\\/]model[\\/]interchange[\\/](csv|cytoscapeJson|graphml|gexf|graphFiles)\.ts$/,
  /src[\\/]ui[\\/]studio[\\/](StudioPanel|ElementEditor|SelectionActions|NewStoryDialog|DraftsDialog|ImportGraph|ProblemsPanel|LayoutSection)\.tsx$/,
  /src[\\/]ui[\\/]EmbedSnippets\.tsx$/,
  // The List view: both open on the graph, and the element should not carry the list until a reader asks for it.
  /src[\\/]ui[\\/](GraphList|GraphListRows)\.tsx$/,
  /src[\\/]graph[\\/](exportSvg|exportImage)\.ts$/,
];

/** Modules only the studio uses (the evidence finders, issue 14, and their panels): kept out of a first view too. */
const STUDIO_ONLY = [/src[\\/]model[\\/]mentions[\\/]/, /src[\\/]ui[\\/]studio[\\/](finders\.ts|FindMentions\.tsx|SuggestNodes\.tsx|SuggestRelations\.tsx)$/];

interface BuiltChunk {
  fileName: string;
  imports: string[];
  moduleIds: string[];
  facadeModuleId: string | null;
}

let chunks: BuiltChunk[] = [];

beforeAll(async () => {
  const result = await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { write: false } });
  const outputs = Array.isArray(result) ? result : [result];
  chunks = outputs.flatMap((out) => ('output' in out ? out.output : [])).flatMap((item) => (item.type === 'chunk' ? [{ fileName: item.fileName, imports: item.imports, moduleIds: item.moduleIds, facadeModuleId: item.facadeModuleId }] : []));
}, 120_000);

/** Every module the entry whose facade ends with `entry` loads before it runs: its chunk and their static imports, transitively. */
function firstLoad(entry: string): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(entry));
  if (!start) throw new Error(`no chunk for ${entry}`);
  const seen = new Set<BuiltChunk>();
  const visit = (chunk: BuiltChunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const file of chunk.imports) {
      const next = byFile.get(file);
      if (next) visit(next);
    }
  };
  visit(start);
  return [...seen].flatMap((chunk) => chunk.moduleIds);
}

/** The modules of a first load that should have waited, as paths from the project's root. */
const loadedEarly = (modules: string[]) => modules.filter((id) => LATER.some((pattern) => pattern.test(id))).map((id) => relative(process.cwd(), id));

describe('first load', () => {
  it('of the explorer (and the ?embed iframe) holds no zod, studio, exporter or snippet code', () => {
    expect(loadedEarly(firstLoad('index.html'))).toEqual([]);
  });

  it('of the <quote-graph> element holds none either', () => {
    expect(loadedEarly(firstLoad('src/embed/quoteGraphElement.tsx'))).toEqual([]);
  });

  it('of either holds none of the studio’s evidence finders', () => {
    const early = [...firstLoad('index.html'), ...firstLoad('src/embed/quoteGraphElement.tsx')].filter((id) => STUDIO_ONLY.some((pattern) => pattern.test(id)));
    expect(early.map((id) => relative(process.cwd(), id))).toEqual([]);
  });

  it('names only modules the build has (so a renamed module cannot slip out of the list unseen)', () => {
    const all = chunks.flatMap((chunk) => chunk.moduleIds);
    expect([...LATER, ...STUDIO_ONLY].filter((pattern) => !all.some((id) => pattern.test(id))).map(String)).toEqual([]);
  });
});
