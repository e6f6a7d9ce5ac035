import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { exportFiles, isExportFormat, EXPORT_FORMATS, type ExportFormat } from '../model/interchange/exportFormats';
import { graphFromFiles, type NamedText } from '../model/interchange/graphFiles';
import { storyFromDraft } from '../model/interchange/storyFrame';
import { parseDraft } from '../model/story/parseStory';
import { problemCountText } from '../model/story/problemSink';

/** What `npm run convert` prints and its exit code: 0 when every file was written, 1 with one line per problem. */
export interface ConvertOutcome {
  code: 0 | 1;
  /** Files written and notes, for stdout. */
  lines: string[];
  /** Problems, for stderr. */
  problems: string[];
}

const USAGE = `Usage: npm run convert -- <input files...> --to <${EXPORT_FORMATS.join('|')}> --out <dir> [--article <story.json|article.txt>]`;

interface Options {
  inputs: string[];
  to?: ExportFormat;
  out?: string;
  article?: string;
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { inputs: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const value = args[i + 1];
    if (arg === '--to' || arg === '--out' || arg === '--article') {
      if (value === undefined) return `${arg} needs a value.`;
      if (arg === '--to') {
        if (!isExportFormat(value)) return `--to ${value}: not a format; choose one of ${EXPORT_FORMATS.join(', ')}.`;
        options.to = value;
      } else if (arg === '--out') options.out = value;
      else options.article = value;
      i += 1;
    } else if (arg.startsWith('--')) return `${arg}: unknown option.`;
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) return 'Name at least one input file.';
  if (!options.to) return 'Say which format to write with --to.';
  if (!options.out) return 'Say which folder to write into with --out.';
  return options;
}

/** A file on disk as the import reads files: its size first (a file over the cap is refused unread), then its bytes. */
function diskFile(path: string): NamedText {
  return {
    name: basename(path),
    size: statSync(path).size,
    arrayBuffer: async () => {
      const bytes = readFileSync(path);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
  };
}

/**
 * The article a graph without one gets from `--article`: a story file's article, or a text file's paragraphs
 * (split at blank lines, numbered p1, p2, …; the title is the file's name).
 */
function readArticle(path: string): Record<string, unknown> | string {
  const text = readFileSync(path, 'utf8');
  if (path.toLowerCase().endsWith('.json')) {
    try {
      const story: unknown = JSON.parse(text);
      const article: unknown = typeof story === 'object' && story !== null ? Reflect.get(story, 'article') : undefined;
      return article === undefined ? `${path}: has no "article".` : { article };
    } catch {
      return `${path}: is not valid JSON.`;
    }
  }
  const paragraphs = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter((p) => p !== '').map((p, i) => ({ id: `p${i + 1}`, text: p }));
  return { article: { title: basename(path).replace(/\.[^.]*$/, ''), paragraphs } };
}

/** The story id a graph without one takes from its first file's name: "party-nodes.csv" gives "party". */
function idFromFileName(path: string): string {
  const stem = basename(path).replace(/\.[^.]*$/, '').replace(/[-_. ]?(nodes|edges)$/i, '');
  const id = stem.normalize('NFKD').replace(/[^A-Za-z0-9_.:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/-+$/, '').slice(0, 100);
  return id === '' ? 'imported' : id;
}

/** Reads the inputs, converts them and writes the files into the output folder. */
export async function convertFiles(args: readonly string[]): Promise<ConvertOutcome> {
  const fail = (problems: string[]): ConvertOutcome => ({ code: 1, lines: [], problems });
  const options = parseArgs(args);
  if (typeof options === 'string') return fail([options, USAGE]);
  const missing = options.inputs.filter((path) => {
    try {
      return !statSync(path).isFile();
    } catch {
      return true;
    }
  });
  if (missing.length > 0) return fail(missing.map((path) => `${path}: cannot read the file.`));
  const article = options.article === undefined ? undefined : readArticle(options.article);
  if (typeof article === 'string') return fail([article]);

  const read = await graphFromFiles(options.inputs.map(diskFile));
  if (!read.ok) return fail(read.problems.map((p) => `${p.path}: ${p.message}`));
  const parsed = parseDraft(storyFromDraft(read.draft, idFromFileName(options.inputs[0] ?? ''), article));
  if (!parsed.ok) return fail(parsed.problems.map((p) => `${p.path}: ${p.message}`));

  const { story, problems } = parsed;
  const out = options.out ?? '.';
  mkdirSync(out, { recursive: true });
  const lines = (read.notes ?? []).map((note) => `note: ${note}`);
  for (const file of exportFiles(story, options.to ?? 'story')) {
    writeFileSync(join(out, file.name), file.text);
    lines.push(`wrote ${join(out, file.name)}`);
  }
  if (problems.length > 0) {
    // The draft is written as it is, as the studio keeps a draft: quotes still to add are the curator's to-do list.
    lines.push(`note: the story still has ${problemCountText(problems)} (such as "${problems[0]?.path}: ${problems[0]?.message}"); npm run validate lists them.`);
  }
  return { code: 0, lines, problems: [] };
}
