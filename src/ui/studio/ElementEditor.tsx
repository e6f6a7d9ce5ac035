import { describeSelection } from '../../model/graph/describe';
import { aliasesProblem, quotesFull, textTooLong } from '../../model/studio/fieldLimits';
import { evidenceFromWords } from '../../model/studio/evidenceFromRange';
import { addEvidence, removeEdge, removeEvidence, removeNode, updateEdge, updateNode } from '../../model/studio/storyEdits';
import { LIMITS } from '../../model/story/storyLimits';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectIndex, selectSelection, selectStory } from '../../store/selectors';
import { CommitField } from './CommitField';
import { QuoteByTyping } from './QuoteByTyping';
import { NodeTypeField } from './NodeTypeField';

/** Edits the selected node or relation: its fields, its quotes (remove, or add by typing), or removes it. */
export function ElementEditor() {
  const story = useExplorerStore(selectStory);
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const applyEdit = useExplorerStore((s) => s.applyEdit);
  if (!selection) return <p className="muted">Select a node or relation to edit it, or select words in the article to start one.</p>;
  const node = selection.kind === 'node' ? index.nodes.get(selection.id) : undefined;
  const edge = selection.kind === 'edge' ? index.edges.get(selection.id) : undefined;
  const evidence = node?.evidence ?? edge?.evidence ?? [];
  const remove = () => {
    const what = describeSelection(index, selection);
    const count = node ? (index.edgesByNode.get(node.id)?.length ?? 0) : 0;
    const extra = count === 0 ? '' : ` and its ${count === 1 ? 'relation' : `${count} relations`}`;
    if (window.confirm(`Remove “${what}”${extra}? You can undo this.`)) applyEdit((s) => (node ? removeNode(s, node.id) : removeEdge(s, selection.id)));
  };
  return (
    <section className="studio-section" aria-label={`Edit ${describeSelection(index, selection)}`}>
      <h3 className="studio-editor-title" tabIndex={-1}>
        {node ? 'Node' : 'Relation'}
      </h3>
      {node && (
        <>
          <CommitField label="Label" required limit={LIMITS.label} value={node.label} onCommit={(label) => label.trim() && applyEdit((s) => updateNode(s, node.id, { label: label.trim() }))} />
          <NodeTypeField value={node.type} storyTypes={story.nodes.map((n) => n.type)} onCommit={(type) => applyEdit((s) => updateNode(s, node.id, { type }))} />
          <CommitField label="Summary" multiline limit={LIMITS.summary} value={node.summary ?? ''} onCommit={(summary) => applyEdit((s) => updateNode(s, node.id, { summary }))} />
          <CommitField
            label="Other names (comma-separated)"
            value={(node.aliases ?? []).join(', ')}
            check={(text) => aliasesProblem(namesFrom(text))}
            onCommit={(text) => applyEdit((s) => updateNode(s, node.id, { aliases: namesFrom(text) }))}
          />
        </>
      )}
      {edge && (
        <>
          <p className="muted">
            {index.nodes.get(edge.source)?.label} → {index.nodes.get(edge.target)?.label}
          </p>
          <CommitField label="Label (reads from → to)" required limit={LIMITS.label} value={edge.label} onCommit={(label) => label.trim() && applyEdit((s) => updateEdge(s, edge.id, { label: label.trim() }))} />
          <CommitField label="Kind (e.g. meeting, support, accusation)" limit={LIMITS.type} value={edge.type ?? ''} onCommit={(type) => applyEdit((s) => updateEdge(s, edge.id, { type: type.trim() || 'other' }))} />
          <label className="studio-check">
            <input type="checkbox" checked={edge.directed !== false} onChange={(e) => applyEdit((s) => updateEdge(s, edge.id, { directed: e.target.checked }))} /> Has a
            direction (arrow)
          </label>
        </>
      )}
      <h4>Quotes ({evidence.length})</h4>
      {quotesFull(evidence.length) && <p className="muted">At most {LIMITS.evidence} quotes: remove one to add another.</p>}
      <ul className="studio-evidence">
        {evidence.map((item, i) => (
          <li key={`${item.paragraph}:${item.quote}:${i}`}>
            <q>{item.quote}</q> <span className="muted">¶ {index.paragraphNumber.get(item.paragraph) ?? item.paragraph}</span>{' '}
            <button type="button" className="text-button" onClick={() => applyEdit((s) => removeEvidence(s, selection, i))}>
              Remove<span className="visually-hidden"> quote {i + 1}</span>
            </button>
          </li>
        ))}
      </ul>
      <QuoteByTyping
        onAdd={(paragraphId, quote, occurrence) => {
          const full = quotesFull(evidence.length);
          if (full) return `Not added. ${full}`;
          const tooLong = textTooLong(quote.trim(), LIMITS.quote);
          if (tooLong) return `Not added: the quote has ${tooLong}`;
          const paragraph = index.paragraphs.get(paragraphId);
          const item = paragraph ? evidenceFromWords(paragraph, quote, occurrence) : null;
          if (!item) return 'Those words are not in that paragraph, word for word.';
          return applyEdit((s) => addEvidence(s, selection, item)) ? null : 'Not added (see the message at the top).';
        }}
      />
      <button type="button" className="chip danger" onClick={remove}>
        Remove this {node ? 'node' : 'relation'}…
      </button>
    </section>
  );
}

/** Other names as typed in their field: comma-separated, blanks dropped. */
function namesFrom(text: string): string[] {
  return text
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}
