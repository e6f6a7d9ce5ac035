// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GraphList } from '../../src/ui/GraphList';
import { Legend } from '../../src/ui/Legend';
import { smallStory } from '../helpers/stories';
import { renderWithStore } from '../helpers/renderWithStore';

describe('Legend and list view', () => {
  it('lists each type with its count; unknown types get a readable name', () => {
    renderWithStore(<Legend />, smallStory());
    expect(screen.getByRole('button', { name: 'Person 2' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Nation 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Summit 1' })).toBeInTheDocument();
  });

  it('hides a type from the list when its legend entry is switched off, and brings it back', async () => {
    renderWithStore(
      <>
        <Legend />
        <GraphList />
      </>,
      smallStory(),
    );
    expect(screen.getByRole('button', { name: 'Northland, nation, 1 relation' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Nation 1' }));
    expect(screen.getByRole('button', { name: 'Nation 1' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: 'Northland, nation, 1 relation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'leads Northland' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(screen.getByRole('button', { name: 'Northland, nation, 1 relation' })).toBeInTheDocument();
  });

  it('keeps the list in step with the selection, both ways', async () => {
    const { store } = renderWithStore(<GraphList />, smallStory());
    act(() => store.getState().select({ kind: 'node', id: 'ben' }));
    expect(screen.getByRole('button', { name: 'Ben, person, 2 relations' })).toHaveAttribute('aria-current', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'met with Ben' }));
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'anna-met-ben' });
    expect(screen.getByRole('button', { name: 'met with Ben' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: 'Ben, person, 2 relations' })).toHaveAttribute('aria-current', 'false');
  });

  it('is one Tab stop: the first row, or the selection chosen elsewhere, or the row last focused; arrows move it', async () => {
    const { store } = renderWithStore(<GraphList />, smallStory());
    const stops = () => [...document.querySelectorAll('.graph-list button')].filter((b) => b.getAttribute('tabindex') === '0').map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(stops()).toEqual(['Anna, person, 1 relation']);
    act(() => store.getState().select({ kind: 'node', id: 'northland' }));
    expect(stops()).toEqual(['Northland, nation, 1 relation']);
    await userEvent.tab();
    expect(document.activeElement).toHaveTextContent('Northland');
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Ben leads Northland');
    expect(stops()).toEqual(['Ben leads Northland']);
    // Tab leaves the list: it holds no second stop.
    await userEvent.tab();
    expect(document.activeElement).toBe(document.body);
  });

  it('lists incoming relations too, as whole sentences', () => {
    renderWithStore(<GraphList />, smallStory());
    const northland = screen.getByRole('list', { name: 'Relations of Northland' });
    expect(northland).toHaveTextContent('Ben leads Northland');
    const ben = screen.getByRole('list', { name: 'Relations of Ben' });
    expect(ben).toHaveTextContent('met with Anna');
    expect(ben).toHaveTextContent('leads Northland');
  });
});
