import { useId, useState } from 'react';
import { KNOWN_TYPES, typeName } from '../../model/story/nodeTypes';
import { textTooLong } from '../../model/studio/fieldLimits';
import { addNode } from '../../model/studio/storyEdits';
import { LIMITS } from '../../model/story/storyLimits';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { CheckedInput } from './CheckedInput';
import { useGraph } from '../../graph/useGraph';
import { focusAfter } from '../focusAfter';
import { useNewNodePlace } from './useNewNodePlace';

/** A node by name, for keyboard use (or before its quote is chosen); its quote is then added in the node's panel. */
export function NewNodeForm() {
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  const graph = useGraph();
  const placeNode = useNewNodePlace();
  const [label, setLabel] = useState('');
  const [type, setType] = useState('person');
  const id = useId();
  const tooLong = textTooLong(label.trim(), LIMITS.label);
  return (
    <form
      className="studio-section studio-relation-form"
      aria-label="New node"
      onSubmit={(event) => {
        event.preventDefault();
        if (!label.trim() || tooLong) return;
        let created = '';
        // The emptied form disables Add node, which had focus: it goes to the new node's editor, where its quote
        // is added next (or, if the edit was refused, back to the name).
        const name = event.currentTarget.querySelector('input');
        focusAfter(
          event.currentTarget,
          () => {
            applyEdit((story) => {
              const result = addNode(story, { label: label.trim(), type, position: placeNode() });
              created = result.id;
              return result.story;
            });
            setLabel('');
            if (created) graph.show({ kind: 'node', id: created });
          },
          (root) => (created ? root.querySelector<HTMLElement>('.studio-editor-title') : name),
        );
      }}
    >
      <h3>New node</h3>
      <label htmlFor={`${id}-l`}>Name</label>
      <CheckedInput id={`${id}-l`} value={label} problem={tooLong} onChange={setLabel} />
      <label htmlFor={`${id}-t`}>Type</label>
      <select id={`${id}-t`} value={type} onChange={(e) => setType(e.target.value)}>
        {KNOWN_TYPES.map((t) => (
          <option key={t} value={t}>
            {typeName(t)}
          </option>
        ))}
      </select>
      <button type="submit" className="chip" disabled={!label.trim() || tooLong !== null}>
        Add node
      </button>
    </form>
  );
}
