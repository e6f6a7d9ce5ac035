import { useId, type ReactNode, type Ref } from 'react';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import type { SheetSide } from '../graph/viewFrame';
import type { SheetPanel } from '../store/sheetSlice';
import { SheetBar, type SheetIds } from './SheetBar';

/**
 * The details (or the studio) and the article. Wide, they sit beside the graph, one above the other. Narrow, they
 * are tabs of a sheet over the graph's lower part (or, `side` right, its right part), collapsed to its bar until the
 * reader pulls it up. Both panels stay mounted and laid out either way (the one behind is only invisible), so each
 * keeps its scroll position and the article can scroll to a tour's paragraph while the details are in front.
 */
export function ReaderSheet({
  narrow,
  side = 'bottom',
  details,
  detailsLabel,
  article,
  ref,
}: {
  narrow: boolean;
  side?: SheetSide;
  details: ReactNode;
  detailsLabel: string;
  article: ReactNode;
  ref?: Ref<HTMLElement>;
}) {
  const front = useExplorerStore((s) => s.sheetPanel);
  const size = useExplorerStore((s) => s.sheetSize);
  const editing = useExplorerStore((s) => s.editing);
  const id = useId();
  const ids: SheetIds = {
    details: { tab: `${id}-details-tab`, panel: `${id}-details` },
    article: { tab: `${id}-article-tab`, panel: `${id}-article` },
  };
  const panel = (which: SheetPanel, content: ReactNode) => (
    <div
      className="sheet-panel"
      {...(narrow
        ? {
            id: ids[which].panel,
            role: 'tabpanel',
            'aria-labelledby': ids[which].tab,
            'data-front': front === which,
            // Out of reach while the sheet is collapsed or the other panel is in front.
            inert: size === 'collapsed' || front !== which,
          }
        : {})}
    >
      {content}
    </div>
  );
  return (
    <aside ref={ref} className="sidebar" aria-label="Details and article" data-sheet={narrow ? size : undefined}>
      {narrow && <SheetBar ids={ids} detailsLabel={detailsLabel} editing={editing} side={side} />}
      {panel('details', details)}
      {panel('article', article)}
    </aside>
  );
}
