import { describe, expect, it } from 'vitest';
import { isLinkable, passageOwners } from '../../src/model/article/passageOwners';
import { textFragmentUrl } from '../../src/model/article/textFragment';
import { readingOrder, stepThrough } from '../../src/model/graph/readingOrder';

describe('passageOwners', () => {
  it('puts the owner of the shortest covering quote first, each owner once', () => {
    const edge = { start: 0, end: 40, owner: { kind: 'edge' as const, id: 'met' } };
    const kim = { start: 12, end: 20, owner: { kind: 'node' as const, id: 'kim' } };
    const kimAgain = { start: 10, end: 30, owner: { kind: 'node' as const, id: 'kim' } };
    expect(passageOwners({ start: 12, end: 20, text: 'Kim Jong', covering: [edge, kimAgain, kim] })).toEqual([kim.owner, edge.owner]);
  });

  it('links only text with letters or digits', () => {
    expect(isLinkable('Kim')).toBe(true);
    expect(isLinkable('1950')).toBe(true);
    expect(isLinkable(', ')).toBe(false);
    expect(isLinkable(' “')).toBe(false);
  });
});

describe('readingOrder and stepThrough', () => {
  const nodes = [
    { id: 'c', x: 300, y: 10 },
    { id: 'a', x: 0, y: 0 },
    { id: 'd', x: 0, y: 200 },
    { id: 'b', x: 100, y: 30 },
  ];
  it('orders nodes row by row, left to right', () => {
    expect(readingOrder(nodes)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('steps forwards and backwards, wrapping, starting at an end when nothing is current', () => {
    const order = ['a', 'b', 'c'];
    expect(stepThrough(order, null, 1)).toBe('a');
    expect(stepThrough(order, null, -1)).toBe('c');
    expect(stepThrough(order, 'c', 1)).toBe('a');
    expect(stepThrough(order, 'a', -1)).toBe('c');
    expect(stepThrough([], 'a', 1)).toBeUndefined();
  });
});

describe('textFragmentUrl', () => {
  it('links to the publisher page scrolled to the quote, escaping the directive syntax', () => {
    expect(textFragmentUrl('https://news.example/a?x=1#top', { exact: 'win-win cooperation, or zero-sum & more' })).toBe(
      'https://news.example/a?x=1#:~:text=win%2Dwin%20cooperation%2C%20or%20zero%2Dsum%20%26%20more',
    );
  });
  it('keeps curly quotes and adds prefix and suffix context', () => {
    expect(textFragmentUrl('https://news.example/a', { exact: '“socialist nations”', prefix: 'as ', suffix: ' united' })).toBe(
      'https://news.example/a#:~:text=as-,%E2%80%9Csocialist%20nations%E2%80%9D,-united',
    );
  });
  it('refuses addresses that are not web pages', () => {
    expect(textFragmentUrl('javascript:alert(1)', { exact: 'x' })).toBeNull();
    expect(textFragmentUrl('not a url', { exact: 'x' })).toBeNull();
  });
});
