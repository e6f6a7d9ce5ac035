import { useState } from 'react';
import { csvToDraft } from '../../model/interchange/csv';
import { cytoscapeJsonToDraft } from '../../model/interchange/cytoscapeJson';
import { draftToStory, type DraftResult } from '../../model/interchange/draft';
import { parseDraft } from '../../model/story/parseStory';
import { useExplorerStore } from '../../store/ExplorerStoreContext';

/** Reads a graph made elsewhere: one Cytoscape JSON file, or a nodes CSV (and an edges CSV, named with "edge"). */
async function readGraph(files: File[]): Promise<DraftResult> {
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
  // The edges file names itself ("edges.csv", "story-edges.csv"); a nodes file may mention anything else.
  const edges = csvs.length > 1 ? csvs.find((f) => /edge/i.test(f.name) && !/node/i.test(f.name)) : undefined;
  const nodes = csvs.find((f) => f !== edges);
  if (!nodes) return fail('Choose a Cytoscape JSON file, or a nodes CSV (with an edges CSV whose name contains “edge”).');
  return csvToDraft(await nodes.text(), edges ? await edges.text() : '');
}

/**
 * Starts the graph from one made in Cytoscape, Gephi or a spreadsheet: it replaces the draft's nodes and relations
 * (one undoable step) and keeps the article; quotes then need adding, and the problems list says where.
 */
export function ImportGraph() {
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  const hasGraph = useExplorerStore((s) => s.story.nodes.length > 0);
  const [message, setMessage] = useState<string[]>([]);
  return (
    <section className="studio-section" aria-label="Import a graph">
      <h3>Import a graph</h3>
      <label className="chip file-chip">
        Cytoscape JSON, or nodes and edges CSV…
        <input
          type="file"
          multiple
          accept=".json,.csv,application/json,text/csv"
          className="visually-hidden"
          onChange={async (event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length === 0) return;
            const result = await readGraph(files);
            if (!result.ok) return setMessage(result.problems.map((p) => `${p.path}: ${p.message}`));
            if (hasGraph && !window.confirm('Replace this story’s nodes and relations with the imported graph? You can undo this.')) return;
            let imported = -1;
            applyEdit((story) => {
              const draft = parseDraft(draftToStory(result.draft, story.article, { id: story.id, title: story.title }));
              if (!draft.ok) return story;
              imported = draft.story.nodes.length;
              return { ...story, nodes: draft.story.nodes, edges: draft.story.edges };
            });
            setMessage(
              imported < 0
                ? ['The imported graph does not fit the story format; nothing was changed.']
                : [`Imported ${imported} nodes and ${result.draft.edges.length} relations. Add a quote to each (see Problems).`],
            );
          }}
        />
      </label>
      <ul role="status" className="studio-problems studio-messages">
        {message.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
