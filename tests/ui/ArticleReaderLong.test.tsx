// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticStory } from '../../src/cli/bench/syntheticStory';
import { ArticleReader } from '../../src/ui/ArticleReader';
import { useProgressiveCount } from '../../src/ui/useProgressiveCount';
import { renderWithStore } from '../helpers/renderWithStore';

// The idle moments are driven by fake timers (jsdom has no requestIdleCallback, so the hook falls back to a
// timer): the tests wait for no clock, and render no more than they need to see it work, since every paragraph
// rendered in jsdom costs milliseconds, and many more on a busy machine.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useProgressiveCount', () => {
  it('counts up a chunk at a time, one per idle moment, to the whole list', () => {
    const { result } = renderHook(() => useProgressiveCount(1_000, -1));
    const counts = [result.current];
    while (result.current < 1_000 && counts.length < 100) {
      act(() => vi.advanceTimersToNextTimer());
      counts.push(result.current);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThan(100);
    expect(counts.length).toBeGreaterThan(3);
    expect(counts.every((count, i) => i === 0 || count > (counts[i - 1] ?? 0))).toBe(true);
    expect(counts.at(-1)).toBe(1_000);
  });

  it('includes an item asked for at once, and keeps it when the request clears', () => {
    const { result, rerender } = renderHook(({ needed }) => useProgressiveCount(1_000, needed), { initialProps: { needed: 700 } });
    expect(result.current).toBe(701);
    rerender({ needed: -1 });
    expect(result.current).toBe(701);
  });
});

// 120 nodes: an article of about 60 paragraphs, half again as many as the first screenful of 40.
const story = syntheticStory(120, { seed: 3, positions: true });
const paragraphs = () => document.querySelectorAll('.article-panel [data-paragraph]').length;

describe('a long article', () => {
  it('renders its first paragraphs at once and the rest when the page is idle, never holding up the page', () => {
    renderWithStore(<ArticleReader />, story);
    const first = paragraphs();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(story.article.paragraphs.length);
    act(() => vi.runAllTimers());
    expect(paragraphs()).toBe(story.article.paragraphs.length);
  });

  it('renders a far paragraph at once when "Show in article" asks for it', () => {
    const { store } = renderWithStore(<ArticleReader />, story);
    const far = story.article.paragraphs.at(-1);
    if (!far) throw new Error('the synthetic article is empty');
    expect(document.querySelector(`[data-paragraph="${far.id}"]`)).toBeNull();
    act(() => store.getState().showParagraph(far.id));
    expect(document.querySelector(`[data-paragraph="${far.id}"]`)).not.toBeNull();
  });
});
