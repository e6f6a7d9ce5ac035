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

  it('highlights the passages of the selection', () => {
    const { store } = renderWithStore(<ArticleReader />, smallStory());
    act(() => store.getState().select({ kind: 'node', id: 'talks' }));
    expect(passage('the talks were “frank and useful”')).toHaveClass('is-current');
    expect(passage('Anna met Ben in Paris')).not.toHaveClass('is-current');
  });

  it('selects what a passage supports when it supports one thing', async () => {
    const { store } = renderWithStore(<ArticleReader />, smallStory());
    await userEvent.click(passage('the talks were “frank and useful”'));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'talks' });
  });

  it('offers a choice when a passage supports several things', async () => {
    const { store } = renderWithStore(<ArticleReader />, smallStory());
    await userEvent.click(passage('Anna met Ben in Paris'));
    const chooser = screen.getByRole('group', { name: 'This passage supports' });
    await userEvent.click(within(chooser).getByRole('button', { name: 'Relation: Anna met with Ben' }));
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'anna-met-ben' });
    expect(screen.queryByRole('group', { name: 'This passage supports' })).not.toBeInTheDocument();
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
