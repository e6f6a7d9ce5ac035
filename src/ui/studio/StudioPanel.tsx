import type { Core } from 'cytoscape';
import { addChange, setPositions } from '../../model/studio/storyEdits';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectStory } from '../../store/selectors';
import { CommitField } from './CommitField';
import type { StudioActions } from '../ExplorerShell';
import { StudioBar } from './StudioBar';
import { ElementEditor } from './ElementEditor';
import { ImportGraph } from './ImportGraph';
import { NewNodeForm } from './NewNodeForm';
import { NewRelationForm } from './NewRelationForm';
import { ProblemsPanel } from './ProblemsPanel';

/** The studio's side panel: what is wrong, the selected element's editor, a new relation, layout, corrections. */
export function StudioPanel({ cy, actions }: { cy: Core | null; actions: StudioActions }) {
  const story = useExplorerStore(selectStory);
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  // A published story that was changed asks for a note for readers until one is added.
  const needsNote = useExplorerStore((s) => s.published && s.past.length > 0 && (s.story.changes?.length ?? 0) <= s.changesAtStart);
  const tidy = () => {
    if (!cy) return;
    const layout = cy.layout({ name: 'cose', animate: false, fit: true, padding: 40, nodeRepulsion: () => 900000, idealEdgeLength: () => 160 });
    layout.one('layoutstop', () => {
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        positions[n.id()] = n.position();
      });
      applyEdit((s) => setPositions(s, positions));
    });
    layout.run();
  };
  return (
    <section className="panel studio-panel" aria-label="Studio">
      <p className="details-kind">Studio · editing “{story.title}”</p>
      <StudioBar {...actions} />
      {needsNote && (
        <p className="studio-ask" role="status">
          You changed a published story: add a note for readers under “Corrections and updates” below.
        </p>
      )}
      <ProblemsPanel />
      <ElementEditor />
      <NewNodeForm />
      <NewRelationForm />
      <ImportGraph />
      <section className="studio-section" aria-label="Layout">
        <h3>Layout</h3>
        <p className="muted">Drag nodes to place them; positions are saved with the story.</p>
        <button type="button" className="chip" onClick={tidy} disabled={!cy}>
          Tidy layout
        </button>
      </section>
      <section className="studio-section" aria-label="Corrections and updates">
        <h3>Corrections and updates</h3>
        {(story.changes ?? []).map((change, i) => (
          <p key={i} className="muted">
            {change.date}: {change.note}
          </p>
        ))}
        <CommitField
          label="Add a note for readers (for a published story)"
          value=""
          clearAfter
          onCommit={(note) => note.trim() && applyEdit((s) => addChange(s, { date: new Date().toISOString().slice(0, 10), note }))}
        />
      </section>
    </section>
  );
}
