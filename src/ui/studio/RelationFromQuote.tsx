import { useEffect, useId, useRef, useState } from 'react';
import { textTooLong } from '../../model/studio/fieldLimits';
import { proposeRelation } from '../../model/studio/proposeRelation';
import { addEdge, addEvidence } from '../../model/studio/storyEdits';
import { LIMITS } from '../../model/story/storyLimits';
import type { Evidence } from '../../model/story/types';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectSelection, selectStory } from '../../store/selectors';
import { useGraph } from '../../graph/useGraph';
import { CheckedInput } from './CheckedInput';
import { KindList } from './KindList';
import { NodeOptions } from './NodeOptions';

/**
 * A relation from selected words, all in one place: its ends (proposed from the nodes the words name), label, kind
 * and direction; the words become its first quote.
 */
export function RelationFromQuote({
  evidence,
  ends,
  onDone,
  onCancel,
}: {
  evidence: Evidence;
  /** The ends, when they are known already (a suggested relation); else proposed from the nodes the words name. */
  ends?: { source: string; target: string };
  onDone: () => void;
  onCancel: () => void;
}) {
  const story = useExplorerStore(selectStory);
  const selection = useExplorerStore(selectSelection);
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  const graph = useGraph();
  const id = useId();
  const [proposal] = useState(() => {
    const words = proposeRelation(evidence.quote, story.nodes, selection?.kind === 'node' ? selection.id : null);
    // Known ends keep the words' label and direction when the words name the same two; else the label is the curator's.
    const same = ends && [ends.source, ends.target].sort().join('\u0000') === [words.source, words.target].sort().join('\u0000');
    return !ends || same ? words : { ...ends, label: '', directed: true };
  });
  const [source, setSource] = useState(proposal.source);
  const [target, setTarget] = useState(proposal.target);
  const [label, setLabel] = useState(proposal.label);
  const [kind, setKind] = useState('');
  const [directed, setDirected] = useState(proposal.directed);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The label is what is most often changed; the ends are proposed.
    first.current?.focus({ preventScroll: true });
    first.current?.select();
  }, []);
  const tooLong = textTooLong(label.trim(), LIMITS.label);
  const exists = (node: string) => story.nodes.some((n) => n.id === node);
  const kindTooLong = textTooLong(kind.trim(), LIMITS.type);
  const ready = exists(source) && exists(target) && label.trim() !== '' && tooLong === null && kindTooLong === null;
  const options = <NodeOptions nodes={story.nodes} />;
  return (
    <form
      className="selection-relation"
      aria-label="New relation from these words"
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready) return;
        let created = '';
        const made = applyEdit((s) => {
          const result = addEdge(s, { source, target, label, type: kind.trim() || undefined, directed });
          created = result.id;
          return addEvidence(result.story, { kind: 'edge', id: created }, evidence);
        });
        if (!made) return;
        onDone();
        graph.show({ kind: 'edge', id: created });
      }}
    >
      <label htmlFor={`${id}-s`}>From</label>
      <select id={`${id}-s`} value={source} onChange={(e) => setSource(e.target.value)}>
        <option value="">Choose…</option>
        {options}
      </select>
      <label htmlFor={`${id}-l`}>Relation (reads from → to)</label>
      <CheckedInput id={`${id}-l`} inputRef={first} value={label} problem={tooLong} onChange={setLabel} />
      <label htmlFor={`${id}-t`}>To</label>
      <select id={`${id}-t`} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">Choose…</option>
        {options}
      </select>
      <label htmlFor={`${id}-k`}>Kind (optional)</label>
      <CheckedInput id={`${id}-k`} value={kind} problem={kindTooLong} onChange={setKind} list={`${id}-kinds`} placeholder="e.g. meeting, support" />
      <KindList id={`${id}-kinds`} story={story} />
      <label className="studio-check">
        <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} /> Has a direction (arrow from → to)
      </label>
      <div className="selection-row">
        <button type="submit" className="chip" disabled={!ready}>
          Add relation
        </button>
        <button type="button" className="text-button" onClick={onCancel}>
          Back
        </button>
      </div>
    </form>
  );
}
