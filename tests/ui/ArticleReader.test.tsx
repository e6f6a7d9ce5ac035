// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ArticleReader } from '../../src/ui/ArticleReader';
import { smallStory } from '../helpers/stories';
import { renderWithStore } from '../helpers/renderWithStore';

const passage = (text: string) => screen.getByText(text, { selector: 'a.passage' });

describe('ArticleReader', () => {
  it('shows every paragraph with its evidence passages marked as links', () => {
    renderWithStore(<ArticleReader />, smallStory());
    expect(screen.getByRole('heading', { name: 'Two leaders meet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Test Wire' })).toHaveAttribute('href', 'https://example.org/story');
    expect(passage('Anna met Ben in Paris')).toHaveAttribute('title', 'Evidence for: Anna; Anna met with Ben');
    expect(screen.getByText(/Ben agreed\./)).not.toHaveClass('passage');
  });

  it('makes its passages one Tab stop: the first, then the one last focused; the arrow keys, Home and End move along them', async () => {
    renderWithStore(<ArticleReader />, smallStory());
    const stops = () => [...document.querySelectorAll('a.passage')].filter((a) => a.getAttribute('tabindex') === '0').map((a) => a.textContent);
    const all = [...document.querySelectorAll('a.passage')].map((a) => a.textContent);
    expect(all.length).toBeGreaterThan(2);
    expect(stops()).toEqual([all[0]]);
    await userEvent.tab(); // the source link
    await userEvent.tab();
    expect(document.activeElement).toHaveTextContent(all[0] ?? '');
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent(all[1] ?? '');
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent(all[all.length - 1] ?? '');
    expect(stops()).toEqual([all[all.length - 1]]);
    await userEvent.keyboard('{Home}{ArrowUp}');
    expect(document.activeElement).toHaveTextContent(all[0] ?? '');
    await userEvent.tab();
    expect(document.activeElement).toBe(document.body);
  });

  it('highlights the passages of the selection', () => {
    const { store } = renderWithStore(<ArticleReader />, smallStory());
    act(() => store.getState().select({ kind: 'node', id: 'talks' }));
    expect(passage('the talks were “frank and useful”')).toHaveClass('is-current');
    expect(passage('Anna met Ben in Paris')).not.toHaveClass('is-current');
  });

  it('tells assistive technology which passages are current, not only by colour', () => {
    const { store } = renderWithStore(<ArticleReader />, smallStory());
    act(() => store.getState().select({ kind: 'node', id: 'talks' }));
    expect(passage('the talks were “frank and useful”')).toHaveAttribute('aria-current', 'true');
    expect(passage('Anna met Ben in Paris')).not.toHaveAttribute('aria-current');
    act(() => store.getState().select(null));
    expect(passage('the talks were “frank and useful”')).not.toHaveAttribute('aria-current');
  });

  it('selects what a passage supports when it supports one thing', async () => {
    const { store } = renderWithStore(<ArticleReader />, smallStory());
    await userEvent.click(passage('the talks were “frank and useful”'));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'talks' });
  });

  it('selects the most specific thing a passage supports and offers the others', async () => {
    const { store } = renderWithStore(<ArticleReader />, smallStory());
    // "Northland" sits inside the longer quote "Ben leads Northland": the nation is the specific claim.
    await userEvent.click(passage('Northland'));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'northland' });
    expect(passage('Northland')).toHaveAttribute('aria-expanded', 'true');
    const chooser = screen.getByRole('group', { name: 'This passage also supports' });
    await userEvent.click(within(chooser).getByRole('button', { name: 'Relation: Ben leads Northland' }));
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'ben-leads-northland' });
    expect(screen.queryByRole('group', { name: 'This passage also supports' })).not.toBeInTheDocument();
  });

  it('closes the list of other supported things with Escape, keeping the selection', async () => {
    const { store } = renderWithStore(<ArticleReader />, smallStory());
    passage('Anna met Ben in Paris').focus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'anna' });
    expect(screen.getByRole('group', { name: 'This passage also supports' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'This passage also supports' })).not.toBeInTheDocument();
    expect(passage('Anna met Ben in Paris')).toHaveAttribute('aria-expanded', 'false');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'anna' });
  });

  it('links only passages with words in them, keeping other parameters in the link', () => {
    window.history.replaceState(null, '', '/?story=s.json');
    renderWithStore(<ArticleReader />, smallStory());
    expect(passage('the talks were “frank and useful”')).toHaveAttribute('href', '?story=s.json&node=talks');
    for (const link of screen.getAllByRole('link').filter((a) => a.classList.contains('passage'))) {
      expect(link.textContent).toMatch(/\p{L}/u);
    }
    window.history.replaceState(null, '', '/');
  });

  it('drops the "Show in article" highlight when the selection moves on', () => {
    const { store } = renderWithStore(<ArticleReader />, smallStory());
    const evidence = store.getState().index.evidenceByOwner.get('node:northland')?.[0];
    if (!evidence) throw new Error('no evidence');
    act(() => {
      store.getState().select({ kind: 'node', id: 'northland' });
      store.getState().showInArticle(evidence);
    });
    expect(document.querySelectorAll('.is-focused')).not.toHaveLength(0);
    act(() => store.getState().select({ kind: 'node', id: 'anna' }));
    expect(document.querySelectorAll('.is-focused')).toHaveLength(0);
  });

  it('says when the article has no known source', () => {
    const story = smallStory();
    delete story.article.source;
    renderWithStore(<ArticleReader />, story);
    expect(screen.getByText(/Source not given/)).toBeInTheDocument();
  });

  it('moves focus to the passage "Show in article" asked for and marks it', () => {
    const { store } = renderWithStore(<ArticleReader />, smallStory());
    const evidence = store.getState().index.evidenceByOwner.get('node:northland')?.[0];
    if (!evidence) throw new Error('no evidence');
    act(() => store.getState().showInArticle(evidence));
    const focused = document.activeElement as HTMLElement;
    expect(focused).toHaveTextContent('Northland');
    expect(focused).toHaveClass('is-focused');
    expect(focused.closest('[data-paragraph]')).toHaveAttribute('data-paragraph', 'p2');
  });
});
