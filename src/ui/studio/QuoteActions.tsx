import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { describeSelection } from '../../model/graph/describe';
import type { SelectedPart } from '../../model/studio/selectedQuote';
import { quotesFull } from '../../model/studio/fieldLimits';
import { evidenceFromRange } from '../../model/studio/evidenceFromRange';
import { addEvidence, addNode, labelFromQuote } from '../../model/studio/storyEdits';
import { KNOWN_TYPES, typeName } from '../../model/story/nodeTypes';
import { LIMITS } from '../../model/story/storyLimits';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectIndex, selectSelection, selectStory } from '../../store/selectors';
import { useGraph } from '../../graph/useGraph';
import { RelationFromQuote } from './RelationFromQuote';
import { useNewNodePlace } from './useNewNodePlace';

/** The quote as the box shows it: whole when short, else its start and end. */
function shownQuote(quote: string): string {
  return quote.length > 120 ? `${quote.slice(0, 70)} … ${quote.slice(-40)}` : quote;
}

interface Props {
  part: SelectedPart;
  /** False (and the box shows the selection as it is now) when the words shown are no longer the ones selected. */
  stillSelected: () => boolean;
  /** The words have been used: close the box and let the selection go. */
  onDone: () => void;
  /** The box changed size (to place it again). */
  onResize: () => void;
}

/**
 * What selected words can become: a node of a type chosen there and then (one button per type, so nothing is
 * remembered behind the curator's back), a quote for the selected node or relation, or a new relation.
 */
export function QuoteActions({ part, stillSelected, onDone, onResize }: Props) {
  const story = useExplorerStore(selectStory);
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  const graph = useGraph();
  const placeNode = useNewNodePlace();
  const [relating, setRelating] = useState(false);
  const relationButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(onResize, [relating, onResize]);
  const paragraph = index.paragraphs.get(part.paragraph);
  const evidence = paragraph ? evidenceFromRange(paragraph, part.start, part.end) : null;
  if (!evidence) return null;
  const quote = <q className="selection-quote">{shownQuote(evidence.quote)}</q>;
  if (evidence.quote.length > LIMITS.quote) {
    return (
      <p className="selection-note">
        That selection is {evidence.quote.length.toLocaleString('en')} characters; a quote may hold at most {LIMITS.quote.toLocaleString('en')}.
      </p>
    );
  }
  if (relating) {
    return (
      <>
        <p className="selection-words">{quote}</p>
        <RelationFromQuote
          evidence={evidence}
          onDone={onDone}
          onCancel={() => {
            // Back where the form was opened, so focus stays in the box.
            flushSync(() => setRelating(false));
            relationButton.current?.focus();
          }}
        />
      </>
    );
  }
  const types = [...new Set([...KNOWN_TYPES, ...story.nodes.map((n) => n.type)])];
  const createNode = (type: string) => {
    if (!stillSelected()) return;
    let created = '';
    const made = applyEdit((s) => {
      const result = addNode(s, { label: labelFromQuote(evidence.quote), type, evidence: [evidence], position: placeNode() });
      created = result.id;
      return result.story;
    });
    // Refused (the banner at the top says why): the words stay selected and on offer.
    if (!made) return;
    onDone();
    graph.show({ kind: 'node', id: created });
  };
  const owner = selection && (selection.kind === 'node' ? index.nodes.get(selection.id) : index.edges.get(selection.id));
  const full = owner ? quotesFull(owner.evidence.length) : null;
  const ownerName = selection ? describeSelection(index, selection) : '';
  return (
    <>
      <p className="selection-words">{quote}</p>
      <div className="selection-types" role="group" aria-label="New node from these words, as">
        <span className="muted" aria-hidden="true">
          New node:
        </span>
        {types.map((type) => (
          <button key={type} type="button" className="chip" onClick={() => createNode(type)}>
            <span className="visually-hidden">New node: </span>
            {typeName(type)}
          </button>
        ))}
      </div>
      <div className="selection-row">
        {/* A relation needs two nodes to join. */}
        {story.nodes.length > 1 && (
          <button ref={relationButton} type="button" className="chip" onClick={() => setRelating(true)}>
            New relation…
          </button>
        )}
        {selection && full && (
          <span className="muted">
            {ownerName}: {full}
          </span>
        )}
        {selection && !full && (
          <button
            type="button"
            className="chip"
            onClick={() => {
              if (!stillSelected()) return;
              if (applyEdit((s) => addEvidence(s, selection, evidence))) onDone();
            }}
          >
            Add as evidence to {ownerName}
          </button>
        )}
      </div>
    </>
  );
}
