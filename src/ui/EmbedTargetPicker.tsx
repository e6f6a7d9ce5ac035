import { useId, useMemo } from 'react';
import { idChoices, selectionFromValue, selectionValue, type IdChoice } from '../model/embed/idChoices';
import type { Selection } from '../model/selection/selection';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectIndex } from '../store/selectors';
import { CopyableId } from './CopyableId';

function Choice({ choice }: { choice: IdChoice }) {
  return (
    <option value={selectionValue(choice.selection)}>
      {choice.label} ({choice.selection.id})
    </option>
  );
}

/**
 * What an embed opens with selected: nothing, or any node or relation, listed by what a person reads with its id in
 * brackets, so ids can be looked up without reading the story file; the chosen one's id can be copied.
 */
export function EmbedTargetPicker({ value, onChange }: { value: Selection | null; onChange: (selection: Selection | null) => void }) {
  const index = useExplorerStore(selectIndex);
  const choices = useMemo(() => idChoices(index), [index]);
  const id = useId();
  return (
    <div className="embed-target">
      <label htmlFor={id}>Opens with this selected (ids in brackets)</label>
      <select id={id} value={selectionValue(value)} onChange={(event) => onChange(selectionFromValue(event.target.value))}>
        <option value="">Nothing: the whole graph</option>
        <optgroup label="Nodes">
          {choices.nodes.map((choice) => (
            <Choice key={choice.selection.id} choice={choice} />
          ))}
        </optgroup>
        <optgroup label="Relations">
          {choices.edges.map((choice) => (
            <Choice key={choice.selection.id} choice={choice} />
          ))}
        </optgroup>
      </select>
      {value && <CopyableId id={value.id} />}
    </div>
  );
}
