import { useId, useMemo } from 'react';
import { countByType } from '../model/graph/typeCounts';
import { typeName, typeNameInSentence } from '../model/story/nodeTypes';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectHiddenTypes, selectStory } from '../store/selectors';
import { TypeGlyph } from './TypeGlyph';

/** The legend is also the type filter: each type with its shape, colour and count; pressing it hides or shows that type. */
export function Legend() {
  const story = useExplorerStore(selectStory);
  const hidden = useExplorerStore(selectHiddenTypes);
  const toggleType = useExplorerStore((s) => s.toggleType);
  const showAllTypes = useExplorerStore((s) => s.showAllTypes);
  const counts = useMemo(() => countByType(story.nodes), [story]);
  const titleId = useId();
  return (
    <section className="legend" aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        Show or hide node types
      </h2>
      <ul>
        {counts.map(({ type, count }) => {
          const shown = !hidden.includes(type);
          return (
            <li key={type}>
              <button
                type="button"
                className="legend-item"
                aria-pressed={shown}
                title={shown ? `Hide ${typeNameInSentence(type)} nodes` : `Show ${typeNameInSentence(type)} nodes`}
                onClick={() => toggleType(type)}
              >
                <TypeGlyph type={type} />
                <span className="legend-name">{typeName(type)}</span>{' '}
                <span className="count">{count}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {hidden.length > 0 && (
        <button type="button" className="chip" onClick={showAllTypes}>
          Show all
        </button>
      )}
    </section>
  );
}
