import { ProblemSink } from '../story/problemSink';
import { csvToDraft } from './csv';
import { cytoscapeJsonToDraft } from './cytoscapeJson';
import type { DraftResult } from './draft';

/** What the import reads of a chosen file (a browser File has all three). */
export interface NamedText {
  name: string;
  /** In bytes, when known: a file over MAX_IMPORT_BYTES is refused before it is read. */
  size?: number;
  text: () => Promise<string>;
}

/** The same cap as a story file: a graph to curate by hand is far smaller, and a huge one would freeze the tab. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * Reads a graph made elsewhere from the files a curator chose: one Cytoscape JSON file, or a nodes CSV and,
 * optionally, an edges CSV. The edges file names itself ("edges.csv", "story-edges.csv"); a nodes file may
 * mention anything else.
 */
export async function graphFromFiles(files: readonly NamedText[]): Promise<DraftResult> {
  const result = await readGraphFiles(files);
  if (result.ok) return result;
  // A list of problems a person can read: the first thousand, and a count of the rest.
  const sink = new ProblemSink();
  sink.addAll(result.problems);
  return { ok: false, problems: sink.problems() };
}

async function readGraphFiles(files: readonly NamedText[]): Promise<DraftResult> {
  const fail = (message: string): DraftResult => ({ ok: false, problems: [{ path: '(the files)', message }] });
  const tooLarge = files.find((f) => (f.size ?? 0) > MAX_IMPORT_BYTES);
  if (tooLarge) return fail(`${tooLarge.name} is ${((tooLarge.size ?? 0) / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
  if (json) {
    let data: unknown;
    try {
      data = JSON.parse(await json.text());
    } catch {
      return fail(`${json.name} is not valid JSON.`);
    }
    return cytoscapeJsonToDraft(data);
  }
  const csvs = files.filter((f) => f.name.toLowerCase().endsWith('.csv'));
  const edges = csvs.length > 1 ? csvs.find((f) => /edge/i.test(f.name) && !/node/i.test(f.name)) : undefined;
  const nodes = csvs.find((f) => f !== edges);
  if (!nodes) return fail('Choose a Cytoscape JSON file, or a nodes CSV (with an edges CSV whose name contains “edge”).');
  return csvToDraft(await nodes.text(), edges ? await edges.text() : '');
}
