import { useEffect, useEffectEvent, useId, useMemo, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Selection } from '../model/selection/selection';
import { listRows, nestRows, rowsOfSelection, type ListRow } from '../model/graph/listRows';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectHiddenTypes, selectIndex, selectSelection, selectStory } from '../store/selectors';
import { GraphListRows } from './GraphListRows';
import { offsetsOf, useRowWindow } from './useRowWindow';

/**
 * Up to this many rows (about 150 nodes with their relations) the list renders whole: a screen reader's
 * browse mode and the browser's find-in-page then reach every row, and 500 buttons cost the DOM nothing.
 * Longer lists render only the rows in view, so 10,000 nodes never means 50,000 buttons.
 */
const FULL_LIST_MAX_ROWS = 500;
/** Fixed row heights of the windowed list, in px (each row's inline height comes from these). */
const ROW_PX: Record<ListRow['kind'], number> = { type: 44, node: 30, relation: 26 };
/** Rows rendered beyond each edge of the view, in px, so a fast scroll or a Tab lands on a row already there. */
const OVERSCAN_PX = 390;

/** The graph's DOM twin: every shown node, grouped by type, with its relations; in step with the selection. */
export function GraphList() {
  const story = useExplorerStore(selectStory);
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const hidden = useExplorerStore(selectHiddenTypes);
  const rows = useMemo(() => listRows(story.nodes, index, hidden), [story, index, hidden]);
  const windowed = rows.length > FULL_LIST_MAX_ROWS;
  const offsets = useMemo(() => offsetsOf(rows.map((row) => ROW_PX[row.kind])), [rows]);
  const { scroller, content, start, end, scrollToRow, rowInView } = useRowWindow({ offsets, overscanPx: OVERSCAN_PX, enabled: windowed });
  // One row is the list's single Tab stop (a roving tabindex): the row last focused, else the selection's, else the
  // first. Tab passes the list in one step and the arrow keys move within it; that row stays rendered wherever the
  // list scrolls, so focus is never dropped to the page and Tab always finds the list.
  const [activeRow, setActiveRow] = useState<number | null>(null);
  const tabStop = tabStopOf(rows, activeRow, selection);
  const idPrefix = useId();

  const revealSelection = useEffectEvent(() => {
    // Chosen elsewhere (graph, search), the selection becomes the Tab stop; chosen here, the focused row stays it.
    if (!scroller.current?.contains(document.activeElement)) setActiveRow(null);
    const targets = rowsOfSelection(rows, selection);
    const first = targets[0];
    if (first === undefined) return;
    if (!windowed) scroller.current?.querySelector(`[data-row="${first}"]`)?.scrollIntoView?.({ block: 'nearest' });
    // A relation is listed under both ends: if either is in view (say, the one just clicked), stay put.
    else if (!targets.some(rowInView)) scrollToRow(first, 'center');
  });
  useEffect(() => revealSelection(), [selection, rows]);

  const rowOf = (element: EventTarget | null) => (element instanceof HTMLElement && element.dataset.row ? Number(element.dataset.row) : null);
  const onFocus = (event: FocusEvent) => {
    const row = rowOf(event.target);
    if (row === null) return;
    setActiveRow(row);
    if (windowed) scrollToRow(row, 'nearest');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const from = rowOf(event.target);
    const to = from === null ? null : rowToMoveTo(rows, from, event.key);
    if (to === null) return;
    event.preventDefault();
    flushSync(() => {
      setActiveRow(to);
      if (windowed) scrollToRow(to, 'nearest');
    });
    scroller.current?.querySelector<HTMLElement>(`[data-row="${to}"]`)?.focus();
  };

  const rendered = useMemo(() => {
    const inRange = Array.from({ length: end - start }, (_, i) => start + i);
    if (tabStop === null || (tabStop >= start && tabStop < end)) return inRange;
    return tabStop < start ? [tabStop, ...inRange] : [...inRange, tabStop];
  }, [start, end, tabStop]);

  return (
    // Focus and key events bubble up from the row buttons; the container itself takes no focus.
    <div className={`graph-list ${windowed ? 'is-windowed' : 'is-whole'}`} ref={scroller} onFocus={onFocus} onKeyDown={onKeyDown}>
      <p className="muted graph-list-intro">
        Every node of the graph with all its relations, as a list
        {windowed ? ` (${story.nodes.length.toLocaleString('en-US')} nodes; rows appear as you scroll)` : ''}. Choose one to see its
        quotes. The list is one Tab stop: the arrow keys move through it, Home and End go to its first and last row.
      </p>
      <div className="graph-list-rows" ref={content} style={windowed ? { height: offsets[rows.length] } : undefined}>
        <GraphListRows rows={rows} nested={nestRows(rows, rendered)} tabStop={tabStop} offsets={windowed ? offsets : null} idPrefix={idPrefix} />
      </div>
    </div>
  );
}

/** The row that takes Tab: `active` while it is still a node or relation row (a filter may have changed the rows), else the selection's first row, else the first node. */
function tabStopOf(rows: readonly ListRow[], active: number | null, selection: Selection | null): number | null {
  const focusable = (i: number | undefined) => i !== undefined && rows[i] !== undefined && rows[i]?.kind !== 'type';
  if (active !== null && focusable(active)) return active;
  const selected = rowsOfSelection(rows, selection)[0];
  if (focusable(selected)) return selected ?? null;
  const first = rows.findIndex((row) => row.kind !== 'type');
  return first === -1 ? null : first;
}

/** Where an arrow, Home or End key moves focus from row `from`: the next node or relation row that way (headings are skipped). */
function rowToMoveTo(rows: readonly ListRow[], from: number, key: string): number | null {
  const focusable = (i: number) => rows[i] !== undefined && rows[i]?.kind !== 'type';
  const seek = (start: number, step: 1 | -1) => {
    for (let i = start; i >= 0 && i < rows.length; i += step) if (focusable(i)) return i;
    return null;
  };
  if (key === 'ArrowDown') return seek(from + 1, 1);
  if (key === 'ArrowUp') return seek(from - 1, -1);
  if (key === 'Home') return seek(0, 1);
  if (key === 'End') return seek(rows.length - 1, -1);
  return null;
}
