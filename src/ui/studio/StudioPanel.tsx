import { addChange } from '../../model/studio/storyEdits';
import { LIMITS } from '../../model/story/storyLimits';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectStory } from '../../store/selectors';
import { CommitField } from './CommitField';
import type { StudioActions } from '../ExplorerShell';
import { StudioBar } from './StudioBar';
import { SuggestNodes } from './SuggestNodes';
import { SuggestRelations } from './SuggestRelations';
import { ElementEditor } from './ElementEditor';
import { FindMentions } from './FindMentions';
import { ImportGraph } from './ImportGraph';
import { LayoutSection } from './LayoutSection';
import { NewNodeForm } from './NewNodeForm';
import { NewRelationForm } from './NewRelationForm';
import { ProblemsPanel } from './ProblemsPanel';

/** The studio's side panel: what is wrong, the selected element's editor, a new relation, layout, corrections. */
export function StudioPanel({ actions }: { actions: StudioActions }) {
  const story = useExplorerStore(selectStory);
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  // A published story that was changed asks for a note for readers until one is added.
  const needsNote = useExplorerStore((s) => s.published && s.past.length > 0 && (s.story.changes?.length ?? 0) <= s.changesAtStart);
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
      <FindMentions />
      <NewNodeForm />
      <NewRelationForm />
      <SuggestNodes />
      <SuggestRelations />
      <ImportGraph />
      <LayoutSection />
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
          limit={LIMITS.summary}
          onCommit={(note) => note.trim() && applyEdit((s) => addChange(s, { date: new Date().toISOString().slice(0, 10), note }))}
        />
      </section>
    </section>
  );
}
