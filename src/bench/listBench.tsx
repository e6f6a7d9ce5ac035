// Bench page (`npm run bench:list`): the List view's windowing, ours (src/ui/useRowWindow.ts) against
// @tanstack/react-virtual, over the same rows (the List view's three fixed heights) with the same markup and overscan.
// ?impl=ours|tanstack&rows=N. The page counts its commits in window.__listRenders; window.__list scrolls to a row.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { offsetsOf, useRowWindow } from '../ui/useRowWindow';

const params = new URLSearchParams(window.location.search);
const ROWS = Number(params.get('rows') ?? 50_000);
const HEIGHTS = [44, 30, 26, 26, 30, 26, 26];
const OVERSCAN_PX = 390;
const w = window as unknown as { __listRenders: number; __list?: { scrollToRow: (row: number) => void } };
w.__listRenders = 0;
const heightOf = (row: number) => HEIGHTS[row % HEIGHTS.length] ?? 30;
const box = { height: '100vh', overflow: 'auto', position: 'relative' } as const;

function Row({ row, top }: { row: number; top: number }) {
  return (
    <button type="button" data-row={row} style={{ position: 'absolute', top, left: 0, right: 0, height: heightOf(row) }}>
      Row {row}
    </button>
  );
}

function Ours() {
  useEffect(() => void w.__listRenders++);
  const offsets = useMemo(() => offsetsOf(Array.from({ length: ROWS }, (_, i) => heightOf(i))), []);
  const { scroller, content, start, end, scrollToRow } = useRowWindow({ offsets, overscanPx: OVERSCAN_PX, enabled: true });
  useEffect(() => void (w.__list = { scrollToRow: (row) => scrollToRow(row, 'center') }));
  return (
    <div ref={scroller} style={box}>
      <div ref={content} style={{ position: 'relative', height: offsets[ROWS] }}>
        {Array.from({ length: end - start }, (_, i) => start + i).map((row) => (
          <Row key={row} row={row} top={offsets[row] ?? 0} />
        ))}
      </div>
    </div>
  );
}

function Tanstack() {
  useEffect(() => void w.__listRenders++);
  // The React Compiler skips this component (TanStack's hook returns functions it cannot memoise): that is part of
  // what is measured, so the warning is expected here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: ROWS, getScrollElement: () => document.getElementById('scroller') as HTMLDivElement | null, estimateSize: heightOf, overscan: Math.round(OVERSCAN_PX / 30) });
  useEffect(() => void (w.__list = { scrollToRow: (row) => virtualizer.scrollToIndex(row, { align: 'center' }) }));
  return (
    <div id="scroller" style={box}>
      <div style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <Row key={item.key} row={item.index} top={item.start} />
        ))}
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(params.get('impl') === 'tanstack' ? <Tanstack /> : <Ours />);
