// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReaderSheet } from '../../src/ui/ReaderSheet';
import { smallStory } from '../helpers/stories';
import { renderWithStore } from '../helpers/renderWithStore';

const sheet = (narrow: boolean) => (
  <ReaderSheet narrow={narrow} detailsLabel="Details" details={<p>the details</p>} article={<p>the article</p>} />
);

describe('ReaderSheet', () => {
  it('on a wide screen is the plain sidebar: both panels, no tabs', () => {
    renderWithStore(sheet(false), smallStory());
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(screen.queryByRole('tabpanel')).not.toBeInTheDocument();
    expect(screen.getByText('the details')).toBeInTheDocument();
    expect(screen.getByText('the article')).toBeInTheDocument();
  });

  it('on a narrow screen is two tabs, each controlling its panel; arrow keys move between them', async () => {
    const { store } = renderWithStore(sheet(true), smallStory());
    const [details, article] = screen.getAllByRole('tab');
    if (!details || !article) throw new Error('two tabs expected');
    expect(details).toHaveAccessibleName('Details');
    expect(details).toHaveAttribute('aria-selected', 'true');
    expect(article).toHaveAttribute('aria-selected', 'false');
    expect(article).toHaveAttribute('tabindex', '-1');
    const articlePanel = document.getElementById(article.getAttribute('aria-controls') ?? '');
    expect(articlePanel).toHaveAttribute('role', 'tabpanel');
    expect(articlePanel).toHaveAccessibleName('Article');
    expect(articlePanel).toHaveTextContent('the article');

    act(() => details.focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(article).toHaveFocus();
    expect(article).toHaveAttribute('aria-selected', 'true');
    expect(store.getState()).toMatchObject({ sheetPanel: 'article', sheetSize: 'half' });
    expect(articlePanel).not.toHaveAttribute('inert');
    await userEvent.keyboard('{Home}');
    expect(details).toHaveFocus();
    expect(articlePanel).toHaveAttribute('inert');
  });

  it('collapsed, it names the selection and its quotes; one tap opens the details', async () => {
    const { store } = renderWithStore(sheet(true), smallStory());
    expect(screen.getByRole('button', { name: 'About this story' })).toBeInTheDocument();
    act(() => store.getState().select({ kind: 'node', id: 'ben' }));
    await userEvent.click(screen.getByRole('button', { name: /^Ben Person · \d quotes?/ }));
    expect(store.getState()).toMatchObject({ sheetPanel: 'details', sheetSize: 'half' });
    // Open, the sheet's bar has no peek: the panel itself shows the selection.
    expect(screen.queryByRole('button', { name: /^Ben Person/ })).not.toBeInTheDocument();
  });

  it('grows and shrinks by its buttons, which stay focusable at their ends, or by a swipe on its bar', async () => {
    const { store } = renderWithStore(sheet(true), smallStory());
    const expand = screen.getByRole('button', { name: 'Expand the panel' });
    const collapse = screen.getByRole('button', { name: 'Collapse the panel' });
    expect(collapse).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(expand);
    await userEvent.click(expand);
    expect(store.getState().sheetSize).toBe('full');
    expect(expand).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(expand);
    expect(expand).toHaveFocus();
    expect(store.getState().sheetSize).toBe('full');

    const bar = within(screen.getByRole('complementary')).getByRole('tablist').parentElement as HTMLElement;
    fireEvent.pointerDown(bar, { pointerId: 1, clientY: 300 });
    fireEvent.pointerUp(bar, { pointerId: 1, clientY: 380 });
    expect(store.getState().sheetSize).toBe('half');
    // A short movement is a tap, not a swipe.
    fireEvent.pointerDown(bar, { pointerId: 2, clientY: 300 });
    fireEvent.pointerUp(bar, { pointerId: 2, clientY: 310 });
    expect(store.getState().sheetSize).toBe('half');
  });

  it('at the right side (a short, wide window), is pulled out by a swipe left and pushed back by a swipe right', () => {
    const { store } = renderWithStore(
      <ReaderSheet narrow side="right" detailsLabel="Details" details={<p>the details</p>} article={<p>the article</p>} />,
      smallStory(),
    );
    const bar = within(screen.getByRole('complementary')).getByRole('tablist').parentElement as HTMLElement;
    fireEvent.pointerDown(bar, { pointerId: 1, clientX: 500, clientY: 300 });
    fireEvent.pointerUp(bar, { pointerId: 1, clientX: 420, clientY: 300 });
    expect(store.getState().sheetSize).toBe('half');
    // Up or down is not its way.
    fireEvent.pointerDown(bar, { pointerId: 2, clientX: 500, clientY: 300 });
    fireEvent.pointerUp(bar, { pointerId: 2, clientX: 500, clientY: 200 });
    expect(store.getState().sheetSize).toBe('half');
    fireEvent.pointerDown(bar, { pointerId: 3, clientX: 420, clientY: 300 });
    fireEvent.pointerUp(bar, { pointerId: 3, clientX: 500, clientY: 300 });
    expect(store.getState().sheetSize).toBe('collapsed');
  });
});
