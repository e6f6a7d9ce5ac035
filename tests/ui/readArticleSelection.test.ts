// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleSelection } from '../../src/ui/studio/readArticleSelection';

// The DOM the article reader draws in the studio: a number, then pieces of text each with its offset.
const P1 = 'Anna met Ben, which the city knows.';
const P2 = 'Ben left.';
const texts = new Map([
  ['p1', P1],
  ['p2', P2],
]);

function article(): HTMLElement {
  document.body.innerHTML = `<section>
    <header class="article-header"><h2>The headline</h2></header>
    <div data-paragraph="p1"><p><span class="paragraph-number">1</span><span data-offset="0">Anna met </span><span class="passage" data-offset="9">Ben</span><span data-offset="12">, which the city knows.</span></p></div>
    <div data-paragraph="p2"><p><span class="paragraph-number">2</span><span data-offset="0">Ben left.</span></p></div>
  </section>`;
  const section = document.querySelector('section');
  if (!section) throw new Error('no article');
  return section;
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): void {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

const piece = (paragraph: string, offset: number) => {
  const element = document.querySelector(`[data-paragraph="${paragraph}"] [data-offset="${offset}"]`);
  if (!element?.firstChild) throw new Error('no piece');
  return { element, text: element.firstChild };
};

beforeAll(() => {
  // jsdom lays nothing out.
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});

describe('reading the article selection', () => {
  it('reads an end the browser put on an element, after its text, as the offset after that text', () => {
    const root = article();
    // Dragging from just after “Ben” anchors the start on the passage element, after its one child.
    select(piece('p1', 9).element, 1, piece('p1', 12).text, ', which the city'.length);
    expect(readArticleSelection(root, texts)?.reading).toEqual({ kind: 'quote', part: { paragraph: 'p1', start: 14, end: 28 } });
    expect(P1.slice(14, 28)).toBe('which the city');
  });

  it('reads a whole paragraph chosen by a triple click, which reaches the start of the next, as that paragraph', () => {
    const root = article();
    const p1 = document.querySelector('[data-paragraph="p1"] p');
    const p2 = document.querySelector('[data-paragraph="p2"]');
    if (!p1 || !p2) throw new Error('no paragraphs');
    select(p1, 0, p2, 0);
    expect(readArticleSelection(root, texts)?.reading).toEqual({ kind: 'quote', part: { paragraph: 'p1', start: 0, end: P1.length } });
  });

  it('tells words of two paragraphs, and words of the headline, from a quote', () => {
    const root = article();
    select(piece('p1', 12).text, 2, piece('p2', 0).text, 3);
    expect(readArticleSelection(root, texts)?.reading).toEqual({ kind: 'several', paragraphs: 2 });
    const headline = document.querySelector('h2')?.firstChild;
    if (!headline) throw new Error('no headline');
    select(headline, 0, headline, 3);
    expect(readArticleSelection(root, texts)?.reading).toEqual({ kind: 'headline' });
  });

  it('reads nothing when the selection is outside the article or empty', () => {
    const root = article();
    const outside = document.createElement('p');
    outside.textContent = 'Elsewhere';
    document.body.append(outside);
    select(outside.firstChild ?? outside, 0, outside.firstChild ?? outside, 4);
    expect(readArticleSelection(root, texts)).toBeNull();
  });
});
