import { useId, useState } from 'react';
import type { NodeSuggestion } from '../../model/mentions/suggestNodes';
import { typeName } from '../../model/story/nodeTypes';
import type { StoryNode } from '../../model/story/types';
import { NodeOptions } from './NodeOptions';

/** Paragraph numbers shown per suggestion; the count says how many more places there are. */
const PLACES = 6;

interface Props {
  suggestion: NodeSuggestion;
  nodes: readonly StoryNode[];
  paragraphNumber: (paragraphId: string) => number | string;
  /** Shows the passage of one of its mentions in the article. */
  onShow: (mention: NodeSuggestion['mentions'][number]) => void;
  onAccept: () => void;
  onMerge: (nodeId: string) => void;
  onDismiss: () => void;
}

/** One suggested name: what it seems to be, how often and where the article names it, and what to do with it. */
export function NodeSuggestionItem({ suggestion, nodes, paragraphNumber, onShow, onAccept, onMerge, onDismiss }: Props) {
  const id = useId();
  const [into, setInto] = useState(suggestion.closest?.id ?? '');
  const { label, type, count, mentions, aliases } = suggestion;
  // One mention per paragraph: the places, in article order.
  const places = mentions.filter((m, i) => mentions.findIndex((o) => o.paragraph === m.paragraph) === i);
  return (
    <>
      <p className="suggestion-name">
        <strong>{label}</strong> <span className="muted">· {typeName(type)} · named {count === 1 ? 'once' : `${count.toLocaleString('en')} times`}</span>
      </p>
      {aliases.length > 0 && <p className="muted suggestion-aliases">Also written: {aliases.join(', ')}</p>}
      <p className="finder-actions" aria-label={`Where the article names ${label}`} role="group">
        <span className="muted">In ¶</span>
        {places.slice(0, PLACES).map((m) => (
          <button key={m.paragraph} type="button" className="text-button" onClick={() => onShow(m)}>
            {paragraphNumber(m.paragraph)}
            <span className="visually-hidden"> (show “{label}” in the article)</span>
          </button>
        ))}
        {places.length > PLACES && <span className="muted">…</span>}
      </p>
      <div className="finder-actions">
        <button type="button" className="chip suggestion-first" onClick={onAccept}>
          Accept<span className="visually-hidden"> {label} as a new node</span>
        </button>
        <label className="visually-hidden" htmlFor={`${id}-into`}>
          Merge {label} into
        </label>
        <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">Merge into…</option>
          <NodeOptions nodes={nodes} />
        </select>
        <button type="button" className="chip" disabled={!into} onClick={() => onMerge(into)}>
          Merge<span className="visually-hidden"> {label} into the chosen node as another name</span>
        </button>
        <button type="button" className="text-button" onClick={onDismiss}>
          Dismiss<span className="visually-hidden"> {label}</span>
        </button>
      </div>
      {suggestion.closest && <p className="muted">Perhaps another name for {suggestion.closest.label}.</p>}
    </>
  );
}
