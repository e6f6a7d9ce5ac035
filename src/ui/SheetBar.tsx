import { useRef, type KeyboardEvent } from 'react';
import type { SheetSide } from '../graph/viewFrame';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import type { SheetPanel } from '../store/sheetSlice';
import { SheetPeek } from './SheetPeek';
import { useSheetSwipe } from './useSheetSwipe';

/** The ids tying each tab to the panel it shows. */
export type SheetIds = Record<SheetPanel, { tab: string; panel: string }>;

const ORDER: readonly SheetPanel[] = ['details', 'article'];

const CHEVRONS = { up: 'M3 10l5-5 5 5', down: 'M3 6l5 5 5-5', left: 'M10 3l-5 5 5 5', right: 'M6 3l5 5-5 5' } as const;

function Chevron({ points }: { points: keyof typeof CHEVRONS }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={CHEVRONS[points]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The top of the narrow screen's reading sheet: tabs for the details and the article (ARIA tabs, arrow keys move
 * between them), buttons that pull the sheet up or push it down (or a swipe), and, collapsed, the selection's name.
 * A sheet at the right side (a short, wide window) is pulled out leftwards, and its arrows and swipes say so.
 */
export function SheetBar({ ids, detailsLabel, editing, side }: { ids: SheetIds; detailsLabel: string; editing: boolean; side: SheetSide }) {
  const front = useExplorerStore((s) => s.sheetPanel);
  const size = useExplorerStore((s) => s.sheetSize);
  const showPanel = useExplorerStore((s) => s.showPanel);
  const resizeSheet = useExplorerStore((s) => s.resizeSheet);
  const tabs = useRef<Partial<Record<SheetPanel, HTMLButtonElement | null>>>({});
  const swipe = useSheetSwipe(resizeSheet, side === 'bottom' ? 'y' : 'x');

  const onTabKey = (event: KeyboardEvent, panel: SheetPanel) => {
    const at = ORDER.indexOf(panel);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: ORDER.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = ORDER[(to + ORDER.length) % ORDER.length] ?? panel;
    showPanel(next);
    tabs.current[next]?.focus();
  };

  // Buttons at an end of their range stay focusable (aria-disabled), so pressing one never drops the focus.
  const resizeButton = (step: 1 | -1, label: string, atEnd: boolean) => (
    <button type="button" className="sheet-size" aria-label={label} title={label} aria-disabled={atEnd} onClick={() => !atEnd && resizeSheet(step)}>
      <Chevron points={side === 'bottom' ? (step === 1 ? 'up' : 'down') : step === 1 ? 'left' : 'right'} />
    </button>
  );

  return (
    <div className="sheet-bar" {...swipe}>
      <span className="sheet-grabber" aria-hidden="true" />
      <div className="sheet-tabs" role="tablist" aria-label="Details and article">
        {ORDER.map((panel) => (
          <button
            key={panel}
            ref={(element) => {
              tabs.current[panel] = element;
            }}
            type="button"
            role="tab"
            id={ids[panel].tab}
            aria-selected={front === panel}
            aria-controls={ids[panel].panel}
            tabIndex={front === panel ? 0 : -1}
            onClick={() => showPanel(panel)}
            onKeyDown={(event) => onTabKey(event, panel)}
          >
            {panel === 'details' ? detailsLabel : 'Article'}
          </button>
        ))}
      </div>
      <div className="sheet-sizes">
        {resizeButton(1, 'Expand the panel', size === 'full')}
        {resizeButton(-1, 'Collapse the panel', size === 'collapsed')}
      </div>
      {size === 'collapsed' && <SheetPeek editing={editing} />}
    </div>
  );
}
