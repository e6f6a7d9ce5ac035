// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { ExplorerStoreProvider } from '../../src/store/ExplorerStoreContext';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { renderWithStore } from '../helpers/renderWithStore';
import { smallStory } from '../helpers/stories';

const details = () => screen.getByRole('region', { name: 'Details' });

describe('the id of what is selected', () => {
  it('shows a node’s id at the end of the details panel and copies it, saying so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { store } = renderWithStore(<DetailsPanel />, smallStory());
    act(() => store.getState().select({ kind: 'node', id: 'northland' }));
    expect(within(details()).getByText('northland', { selector: 'code' })).toBeInTheDocument();
    expect(within(details()).getByText(/^Id:/)).toHaveTextContent('Id: northland Copy');
    await user.click(screen.getByRole('button', { name: 'Copy id northland' }));
    expect(writeText).toHaveBeenCalledWith('northland');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
  });

  it('shows a relation’s id, and forgets "Copied" when the selection changes', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { store } = renderWithStore(<DetailsPanel />, smallStory());
    act(() => store.getState().select({ kind: 'edge', id: 'anna-met-ben' }));
    await user.click(screen.getByRole('button', { name: 'Copy id anna-met-ben' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
    act(() => store.getState().select({ kind: 'edge', id: 'ben-leads-northland' }));
    expect(screen.getByText('ben-leads-northland', { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('can be copied from the keyboard', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { store } = renderWithStore(<DetailsPanel />, smallStory());
    act(() => store.getState().select({ kind: 'node', id: 'talks' }));
    screen.getByRole('button', { name: 'Copy id talks' }).focus();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith('talks');
  });

  it('selects the id for the reader to copy when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const { store } = renderWithStore(<DetailsPanel />, smallStory());
    act(() => store.getState().select({ kind: 'node', id: 'anna' }));
    await user.click(screen.getByRole('button', { name: 'Copy id anna' }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeInTheDocument();
    expect(window.getSelection()?.toString()).toBe('anna');
  });

  it('is not shown to readers of an embed', () => {
    const store = createExplorerStore(smallStory(), { selection: { kind: 'node', id: 'ben' }, layout: 'compact' });
    render(
      <ExplorerStoreProvider store={store}>
        <DetailsPanel />
      </ExplorerStoreProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Ben' })).toBeInTheDocument();
    expect(screen.queryByText(/^Id:/)).toBeNull();
    expect(screen.queryByRole('button', { name: /Copy id/ })).toBeNull();
  });
});
