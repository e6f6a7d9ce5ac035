import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A list that renders its first `pageSize` items and offers the rest a page at a time, or all at once: a hub
 * of a large story may have hundreds of relations, each with its quotes. The first item a button reveals gets
 * focus, so a keyboard or screen reader user continues reading where the list grew.
 */
export function ShowMoreList<T>({
  owner,
  items,
  pageSize,
  noun,
  className,
  itemClassName,
  itemKey,
  renderItem,
}: {
  /** Whose items these are (`node:<id>`): a new owner starts short again, while items both owners list keep their DOM (and focus). */
  owner: string;
  items: readonly T[];
  pageSize: number;
  /** What the items are, plural: "relations", "quotes". */
  noun: string;
  className: string;
  itemClassName?: string;
  itemKey: (item: T, i: number) => string;
  renderItem: (item: T) => ReactNode;
}) {
  const [shownFor, setShownFor] = useState({ owner, shown: pageSize });
  // Reset while rendering, not in an effect, so a new owner's long list never renders whole even once.
  if (shownFor.owner !== owner) setShownFor({ owner, shown: pageSize });
  const shown = shownFor.owner === owner ? shownFor.shown : pageSize;
  const list = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAt.current;
    focusAt.current = null;
    if (at !== null) (list.current?.children[at] as HTMLElement | undefined)?.focus();
  }, [shown]);

  const rest = items.length - Math.min(shown, items.length);
  const showMore = (count: number) => {
    focusAt.current = shown;
    setShownFor({ owner, shown: shown + count });
  };
  return (
    <>
      <ul className={className} ref={list}>
        {items.slice(0, shown).map((item, i) => (
          // Items a button revealed are focusable from script: that is where "Show more" puts the reader.
          <li key={itemKey(item, i)} className={itemClassName} tabIndex={i >= pageSize ? -1 : undefined}>
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <p className="show-more">
          <button type="button" className="text-button" onClick={() => showMore(Math.min(pageSize, rest))}>
            Show {Math.min(pageSize, rest)} more {noun}
          </button>
          {rest > pageSize && (
            <button type="button" className="text-button" onClick={() => showMore(rest)}>
              Show all {items.length.toLocaleString('en-US')} {noun}
            </button>
          )}
        </p>
      )}
    </>
  );
}
