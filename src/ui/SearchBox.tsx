import { useId, useMemo, useState } from 'react';
import { typeName } from '../model/story/nodeTypes';
import { searchIndexOf, searchNodes, type SearchHit } from '../model/search/searchNodes';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import { TypeGlyph } from './TypeGlyph';
import { useGraph } from '../graph/useGraph';

/** How many suggestions are listed at most. */
const SHOWN = 8;

/** What the status line says of the suggestions, so screen readers hear how many there are. */
function countMessage(shown: number, more: boolean, query: string): string {
  if (shown === 0) return `Nothing in this story matches “${query}”.`;
  if (more) return `More than ${shown} results; the first ${shown} are listed.`;
  return shown === 1 ? '1 result' : `${shown} results`;
}

/** Search by label or alias with suggestions (ARIA combobox); choosing one selects and centres the node. */
export function SearchBox({ placeholder = 'Search the graph…' }: { placeholder?: string }) {
  const story = useExplorerStore(selectStory);
  const graph = useGraph();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  // One more than is listed, only to tell "8 results" from "more than 8".
  const found = useMemo(() => searchNodes(story.nodes, query, SHOWN + 1), [story, query]);
  const hits = found.slice(0, SHOWN);
  const expanded = open && query.trim().length > 0;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    graph.show({ kind: 'node', id: hit.node.id });
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search people, nations, organisations, ideologies and events
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onFocus={() => {
          setOpen(true);
          // Build the index now (~40 ms at 10,000 nodes), while the reader has yet to type, not on the first keystroke.
          searchIndexOf(story.nodes);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => (hits.length === 0 ? 0 : (a + step + hits.length) % hits.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(hits[active]);
          } else if (event.key === 'Escape' && (expanded || query)) {
            event.preventDefault();
            if (expanded) setOpen(false);
            else setQuery('');
          }
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Suggestions" className="search-list" hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={hit.node.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(hit)}
          >
            <TypeGlyph type={hit.node.type} />
            <span className="search-label">{hit.node.label}</span>{' '}
            <span className="search-meta">
              {hit.matchedAlias ? `“${hit.matchedAlias}” · ` : ''}
              {typeName(hit.node.type)}
            </span>
          </li>
        ))}
      </ul>
      <p className={expanded && hits.length === 0 ? 'search-empty' : 'visually-hidden'} role="status">
        {expanded ? countMessage(hits.length, found.length > SHOWN, query.trim()) : ''}
      </p>
    </div>
  );
}
