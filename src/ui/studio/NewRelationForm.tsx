import { useId, useState } from 'react';
import { textTooLong } from '../../model/studio/fieldLimits';
import { addEdge } from '../../model/studio/storyEdits';
import { LIMITS } from '../../model/story/storyLimits';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { CheckedInput } from './CheckedInput';
import { KindList } from './KindList';
import { NodeOptions } from './NodeOptions';
import { selectSelection, selectStory } from '../../store/selectors';

/** Creates a relation between two nodes, with its kind and direction; it then needs a quote (the problems list says so). */
export function NewRelationForm() {
  const story = useExplorerStore(selectStory);
  const selection = useExplorerStore(selectSelection);
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  const select = useExplorerStore((s) => s.select);
  const id = useId();
  const first = selection?.kind === 'node' ? selection.id : (story.nodes[0]?.id ?? '');
  const [chosenSource, setSource] = useState(first);
  const [chosenTarget, setTarget] = useState('');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState('');
  const [directed, setDirected] = useState(true);
  // A node chosen earlier may be gone (undo, removal): never offer an id the story no longer has.
  const exists = (id: string) => story.nodes.some((n) => n.id === id);
  const source = exists(chosenSource) ? chosenSource : first;
  const target = exists(chosenTarget) ? chosenTarget : '';
  const tooLong = textTooLong(label.trim(), LIMITS.label);
  const kindTooLong = textTooLong(kind.trim(), LIMITS.type);
  if (story.nodes.length < 2) return null;
  const options = <NodeOptions nodes={story.nodes} />;
  return (
    <form
      className="studio-section studio-relation-form"
      aria-label="New relation"
      onSubmit={(event) => {
        event.preventDefault();
        const from = source;
        if (!from || !target || !label.trim() || tooLong || kindTooLong) return;
        let created = '';
        applyEdit((s) => {
          const result = addEdge(s, { source: from, target, label, type: kind.trim() || undefined, directed });
          created = result.id;
          return result.story;
        });
        setLabel('');
        setKind('');
        if (created) select({ kind: 'edge', id: created });
      }}
    >
      <h3>New relation</h3>
      <label htmlFor={`${id}-s`}>From</label>
      <select id={`${id}-s`} value={source} onChange={(e) => setSource(e.target.value)}>
        {options}
      </select>
      <label htmlFor={`${id}-l`}>Relation (e.g. met with)</label>
      <CheckedInput id={`${id}-l`} value={label} problem={tooLong} onChange={setLabel} />
      <label htmlFor={`${id}-t`}>To</label>
      <select id={`${id}-t`} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">Choose…</option>
        {options}
      </select>
      <label htmlFor={`${id}-k`}>Kind (optional, e.g. meeting, support)</label>
      <CheckedInput id={`${id}-k`} value={kind} problem={kindTooLong} onChange={setKind} list={`${id}-kinds`} />
      <KindList id={`${id}-kinds`} story={story} />
      <label className="studio-check">
        <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} /> Has a direction (arrow from → to)
      </label>
      <button type="submit" className="chip" disabled={!target || !label.trim() || tooLong !== null || kindTooLong !== null}>
        Add relation
      </button>
    </form>
  );
}
