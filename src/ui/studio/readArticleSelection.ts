import { readSelection, type SelectedPart, type SelectionReading } from '../../model/studio/selectedQuote';

/*
 * Reads the page's text selection in the article panel: each paragraph's part of it, in the paragraph's own text
 * offsets (from the `data-offset` the reader puts on each piece of text), whatever node the browser anchored the
 * selection's ends to (a text node, an element between pieces, the paragraph number, the next paragraph's start).
 */

/** The part of `range` inside `element`, or null when they do not meet. */
function clampTo(range: Range, element: Element): Range | null {
  if (!range.intersectsNode(element)) return null;
  const inside = document.createRange();
  inside.selectNodeContents(element);
  if (range.compareBoundaryPoints(Range.START_TO_START, inside) > 0) inside.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, inside) < 0) inside.setEnd(range.endContainer, range.endOffset);
  return inside;
}

/** The text nodes of a paragraph's pieces (its number is not text of the article). */
function pieceTexts(paragraph: Element): Text[] {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && node.parentElement?.closest('[data-offset]')) texts.push(node);
  }
  return texts;
}

/** A point of the page as an offset in the paragraph's text: the end of the last piece wholly before it, or inside one. */
function offsetAt(texts: readonly Text[], node: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(node, offset);
  let at = 0;
  for (const text of texts) {
    const start = Number(text.parentElement?.closest<HTMLElement>('[data-offset]')?.dataset.offset ?? 0);
    if (text === node) return start + offset;
    if (point.comparePoint(text, text.length) > 0) break;
    at = start + text.length;
  }
  return at;
}

/**
 * The paragraphs a range may touch: from the one holding its start to the one holding its end, so a key press that
 * extends a selection in a long article reads a few paragraphs, not all of them. An end outside any paragraph (the
 * headline, the room under the last one) takes the first or the last.
 */
function blocksIn(container: HTMLElement, range: Range): HTMLElement[] {
  const blockOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-paragraph]') ?? null;
  const all = () => [...container.querySelectorAll<HTMLElement>('[data-paragraph]')];
  const first = blockOf(range.startContainer) ?? all()[0];
  const last = blockOf(range.endContainer) ?? all().at(-1);
  const blocks: HTMLElement[] = [];
  for (let block: Element | null = first ?? null; block; block = block.nextElementSibling) {
    if (block instanceof HTMLElement && block.dataset.paragraph !== undefined) blocks.push(block);
    if (block === last) break;
  }
  return blocks;
}

export interface ArticleSelection {
  reading: SelectionReading;
  /** Where the selected words are on screen (the quote's part alone when it is one). */
  rect: DOMRect;
}

/** The selection in `container` (the article panel) as the studio reads it, or null when it holds nothing there. */
export function readArticleSelection(container: HTMLElement, texts: ReadonlyMap<string, string>): ArticleSelection | null {
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (!range || range.collapsed || !range.intersectsNode(container)) return null;
  const parts: SelectedPart[] = [];
  const ranges = new Map<string, Range>();
  for (const block of blocksIn(container, range)) {
    const p = block.querySelector('p');
    const id = block.dataset.paragraph;
    const part = p && id ? clampTo(range, p) : null;
    if (!part || !id) continue;
    const pieces = pieceTexts(p as Element);
    parts.push({ paragraph: id, start: offsetAt(pieces, part.startContainer, part.startOffset), end: offsetAt(pieces, part.endContainer, part.endOffset) });
    ranges.set(id, part);
  }
  const title = container.querySelector('.article-header h2');
  const headline = title ? (clampTo(range, title)?.toString().trim() ?? '') !== '' : false;
  const reading = readSelection(parts, texts, headline);
  const rect = (reading.kind === 'quote' ? ranges.get(reading.part.paragraph) : range)?.getBoundingClientRect() ?? range.getBoundingClientRect();
  return { reading, rect };
}

/** Selects exactly `from`–`to` of a paragraph's text on the page, so what is highlighted is what will be quoted. */
export function selectInParagraph(container: HTMLElement, paragraph: string, from: number, to: number): void {
  const p = container.querySelector(`[data-paragraph="${CSS.escape(paragraph)}"] p`);
  if (!p) return;
  const locate = (offset: number): [Text, number] | null => {
    for (const text of pieceTexts(p)) {
      const start = Number(text.parentElement?.closest<HTMLElement>('[data-offset]')?.dataset.offset ?? 0);
      if (offset >= start && offset <= start + text.length) return [text, offset - start];
    }
    return null;
  };
  const start = locate(from);
  const end = locate(to);
  const selection = document.getSelection();
  if (!start || !end || !selection) return;
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  // Already so (a boundary may sit at the end of one piece or at the start of the next): leave it, or the browser's
  // selection handles would flicker on every read.
  if (selection.rangeCount > 0 && selection.getRangeAt(0).toString() === range.toString()) return;
  // A selection made backwards (Shift+Left) stays backwards, so the keyboard goes on extending the end it moved.
  if (isBackward(selection)) selection.setBaseAndExtent(...end, ...start);
  else selection.setBaseAndExtent(...start, ...end);
}

/** True when the selection's focus (the end being moved) comes before its anchor. */
function isBackward(selection: Selection): boolean {
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode) return false;
  const anchor = document.createRange();
  anchor.setStart(anchorNode, selection.anchorOffset);
  return anchor.comparePoint(focusNode, selection.focusOffset) < 0;
}
