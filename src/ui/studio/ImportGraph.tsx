import { useState } from 'react';
import { draftToStory } from '../../model/interchange/draft';
import { IMPORT_ACCEPT } from '../../model/interchange/importFormats';
import { parseDraft } from '../../model/story/parseStory';
import { useExplorerStore } from '../../store/ExplorerStoreContext';

/**
 * Starts the graph from one made in Cytoscape, Gephi, yEd, NetworkX or a spreadsheet, or exported by Quotegraph: it
 * replaces the draft's nodes and relations (one undoable step) and keeps the article. Quotes come along when the
 * file has Quotegraph's evidence; otherwise they need adding, and the problems list says where. What the import
 * renamed or could not keep is listed under it.
 */
export function ImportGraph() {
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  const hasGraph = useExplorerStore((s) => s.story.nodes.length > 0);
  const [message, setMessage] = useState<string[]>([]);
  return (
    <section className="studio-section" aria-label="Import a graph">
      <h3>Import a graph</h3>
      <label className="chip file-chip">
        Graph file: Cytoscape JSON, GraphML, GEXF, or nodes and edges CSV…
        <input
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          className="visually-hidden"
          onChange={async (event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length === 0) return;
            // Loaded when files are chosen, as the exporters load the same readers and writers (ExportMenu): one lazy chunk each.
            const { graphFromFiles } = await import('../../model/interchange/graphFiles');
            const result = await graphFromFiles(files);
            if (!result.ok) return setMessage(result.problems.map((p) => `${p.path}: ${p.message}`));
            if (hasGraph && !window.confirm('Replace this story’s nodes and relations with the imported graph? You can undo this.')) return;
            let imported = -1;
            let unquoted = 0;
            applyEdit((story) => {
              const draft = parseDraft(draftToStory(result.draft, story.article, { id: story.id, title: story.title }));
              if (!draft.ok) return story;
              imported = draft.story.nodes.length;
              unquoted = [...draft.story.nodes, ...draft.story.edges].filter((element) => element.evidence.length === 0).length;
              return { ...story, nodes: draft.story.nodes, edges: draft.story.edges };
            });
            const todo = unquoted > 0 ? ` Add a quote to each of the ${unquoted} without one (see Problems).` : '';
            setMessage(
              imported < 0
                ? ['The imported graph does not fit the story format; nothing was changed.']
                : [`Imported ${imported} nodes and ${result.draft.edges.length} relations.${todo}`, ...(result.notes ?? [])],
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
