import { csvToDraft } from './csv';
import { cytoscapeJsonToDraft } from './cytoscapeJson';
import type { DraftResult } from './draft';

/** What the import reads of a chosen file (a browser File has both). */
export interface NamedText {
  name: string;
  text: () => Promise<string>;
}

/**
 * Reads a graph made elsewhere from the files a curator chose: one Cytoscape JSON file, or a nodes CSV and,
 * optionally, an edges CSV. The edges file names itself ("edges.csv", "story-edges.csv"); a nodes file may
 * mention anything else.
 */
export async function graphFromFiles(files: readonly NamedText[]): Promise<DraftResult> {
  const fail = (message: string): DraftResult => ({ ok: false, problems: [{ path: '(the files)', message }] });
  const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
  if (json) {
    try {
      return cytoscapeJsonToDraft(JSON.parse(await json.text()));
    } catch {
      return fail(`${json.name} is not valid JSON.`);
    }
  }
  const csvs = files.filter((f) => f.name.toLowerCase().endsWith('.csv'));
  const edges = csvs.length > 1 ? csvs.find((f) => /edge/i.test(f.name) && !/node/i.test(f.name)) : undefined;
  const nodes = csvs.find((f) => f !== edges);
  if (!nodes) return fail('Choose a Cytoscape JSON file, or a nodes CSV (with an edges CSV whose name contains “edge”).');
  return csvToDraft(await nodes.text(), edges ? await edges.text() : '');
}
