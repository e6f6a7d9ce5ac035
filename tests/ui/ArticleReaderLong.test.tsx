// @vitest-environment jsdom
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { syntheticStory } from '../../src/cli/bench/syntheticStory';
import { ArticleReader } from '../../src/ui/ArticleReader';
import { renderWithStore } from '../helpers/renderWithStore';

// 1,000 nodes: an article of 500 paragraphs.
const story = syntheticStory(1_000, { seed: 3, positions: true });
const paragraphs = () => document.querySelectorAll('.article-panel [data-paragraph]').length;

describe('a long article', () => {
  it('renders its first paragraphs at once and the rest soon after, never holding up the page', async () => {
    renderWithStore(<ArticleReader />, story);
    const first = paragraphs();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(story.article.paragraphs.length);
    await waitFor(() => expect(paragraphs()).toBe(story.article.paragraphs.length), { timeout: 5_000 });
  });

  it('renders a far paragraph at once when "Show in article" asks for it', () => {
    const { store } = renderWithStore(<ArticleReader />, story);
    const far = story.article.paragraphs[450];
    if (!far) throw new Error('the synthetic article is shorter than expected');
    expect(document.querySelector(`[data-paragraph="${far.id}"]`)).toBeNull();
    act(() => store.getState().showParagraph(far.id));
    expect(document.querySelector(`[data-paragraph="${far.id}"]`)).not.toBeNull();
  });
});
