// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphFor } from '../../src/graph/useGraph';
import { SearchBox } from '../../src/ui/SearchBox';
import { defaultStory, smallStory } from '../helpers/stories';
import { renderWithStore } from '../helpers/renderWithStore';

describe('SearchBox', () => {
  it('suggests matches by label and selects the chosen one with the keyboard', async () => {
    const { store } = renderWithStore(<SearchBox />, smallStory());
    const centre = vi.spyOn(graphFor(store), 'centre');
    const box = screen.getByRole('combobox', { name: /Search/ });
    await userEvent.type(box, 'n');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Northland Nation', 'Anna Person', 'Ben Person']);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'anna' });
    expect(centre).toHaveBeenCalledTimes(1);
    expect(box).toHaveValue('');
  });

  it('finds a node by alias and says which alias matched', async () => {
    renderWithStore(<SearchBox />, defaultStory());
    await userEvent.type(screen.getByRole('combobox'), 'DPRK');
    const [first] = screen.getAllByRole('option');
    expect(first).toHaveTextContent('North Korea');
    expect(first).toHaveTextContent('“DPRK”');
  });

  it('says so when nothing matches, and Escape closes the list', async () => {
    renderWithStore(<SearchBox />, smallStory());
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'zzz');
    expect(screen.getByRole('status')).toHaveTextContent('Nothing in this story matches “zzz”.');
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('says how many suggestions there are, in a polite status', async () => {
    renderWithStore(<SearchBox />, smallStory());
    const box = screen.getByRole('combobox');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    await userEvent.type(box, 'n');
    expect(screen.getAllByRole('option')).toHaveLength(3);
    expect(status).toHaveTextContent(/^3 results$/);
    await userEvent.type(box, 'orth');
    expect(status).toHaveTextContent(/^1 result$/);
    await userEvent.keyboard('{Escape}');
    expect(status).toHaveTextContent('');
  });

  it('says when there are more matches than it lists', async () => {
    renderWithStore(<SearchBox />, defaultStory());
    await userEvent.type(screen.getByRole('combobox'), 'a');
    expect(screen.getAllByRole('option')).toHaveLength(8);
    expect(screen.getByRole('status')).toHaveTextContent('More than 8 results; the first 8 are listed.');
  });

  it('selects a suggestion by mouse', async () => {
    const { store } = renderWithStore(<SearchBox />, smallStory());
    await userEvent.type(screen.getByRole('combobox'), 'talks');
    await userEvent.click(screen.getByRole('option', { name: /Paris talks/ }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'talks' });
  });
});
