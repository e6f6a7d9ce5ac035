import { useEffect, useState, type RefObject } from 'react';
import { KNOWN_TYPES, typeName } from '../../model/story/nodeTypes';
import { describeSelection } from '../../model/graph/describe';
import { quotesFull } from '../../model/studio/fieldLimits';
import { evidenceFromRange } from '../../model/studio/evidenceFromRange';
import { addEvidence, addNode, freePosition, labelFromQuote } from '../../model/studio/storyEdits';
import { LIMITS } from '../../model/story/storyLimits';
import type { Evidence } from '../../model/story/types';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectIndex, selectSelection } from '../../store/selectors';
import { useGraph } from '../../graph/useGraph';

/** Where the reader's text selection sits in a paragraph, read from the offsets the reader puts on each piece of text. */
function offsetIn(node: Node, offset: number): { paragraph: string; at: number } | null {
  const element = node instanceof Element ? node : node.parentElement;
  const piece = element?.closest<HTMLElement>('[data-offset]');
  const paragraph = piece?.closest<HTMLElement>('[data-paragraph]')?.dataset.paragraph;
  if (!piece || !paragraph) return null;
  return { paragraph, at: Number(piece.dataset.offset) + (node.nodeType === Node.TEXT_NODE ? offset : 0) };
}

/** In the studio: words selected in the article become a new node, or a quote for the selected node or relation. */
export function SelectionActions({ container }: { container: RefObject<HTMLElement | null> }) {
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  const graph = useGraph();
  const [picked, setPicked] = useState<Evidence | null>(null);
  const [type, setType] = useState('person');

  useEffect(() => {
    const onChange = () => {
      const range = document.getSelection()?.rangeCount ? document.getSelection()?.getRangeAt(0) : null;
      if (!range || !container.current?.contains(range.commonAncestorContainer)) return;
      // A selection that collapsed (a click elsewhere in the article) takes the actions away with it.
      if (range.collapsed) return setPicked(null);
      const start = offsetIn(range.startContainer, range.startOffset);
      const end = offsetIn(range.endContainer, range.endOffset);
      const paragraph = start && index.paragraphs.get(start.paragraph);
      if (!start || !end || !paragraph || start.paragraph !== end.paragraph) return setPicked(null);
      setPicked(evidenceFromRange(paragraph, start.at, end.at));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, index]);

  if (!picked) return null;
  if (picked.quote.length > LIMITS.quote) {
    return (
      <div className="selection-actions" role="status">
        That selection is {picked.quote.length.toLocaleString()} characters; a quote may hold at most {LIMITS.quote.toLocaleString()}.
      </div>
    );
  }
  const owner = selection && (selection.kind === 'node' ? index.nodes.get(selection.id) : index.edges.get(selection.id));
  const full = owner ? quotesFull(owner.evidence.length) : null;
  const createNode = () => {
    let created = '';
    applyEdit((story) => {
      const result = addNode(story, { label: labelFromQuote(picked.quote), type, evidence: [picked], position: freePosition(story) });
      created = result.id;
      return result.story;
    });
    if (created) graph.show({ kind: 'node', id: created });
    setPicked(null);
  };
  return (
    <div className="selection-actions" role="group" aria-label="Selected words">
      <p>
        <q>{picked.quote.length > 80 ? `${picked.quote.slice(0, 80)}…` : picked.quote}</q>
      </p>
      <label>
        New node, type{' '}
        <select value={type} onChange={(e) => setType(e.target.value)}>
          {KNOWN_TYPES.map((t) => (
            <option key={t} value={t}>
              {typeName(t)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="chip" onClick={createNode}>
        New node from selection
      </button>
      {selection && full && (
        <p className="muted">
          {describeSelection(index, selection)}: {full}
        </p>
      )}
      {selection && !full && (
        <button
          type="button"
          className="chip"
          onClick={() => {
            applyEdit((story) => addEvidence(story, selection, picked));
            setPicked(null);
          }}
        >
          Add as evidence to {describeSelection(index, selection)}
        </button>
      )}
    </div>
  );
}
