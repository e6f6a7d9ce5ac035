// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { FindMentions } from '../../src/ui/studio/FindMentions';
import { SuggestNodes } from '../../src/ui/studio/SuggestNodes';
import { renderWithStore } from '../helpers/renderWithStore';
import { prepareStudio } from '../helpers/studioSetup';
import { smallStory } from '../helpers/stories';

beforeAll(prepareStudio);

describe('Find mentions', () => {
  it('adds the one mention not yet quoted, says so, and leaves focus on the list’s heading', async () => {
    const { store } = renderWithStore(<FindMentions />, smallStory());
    store.getState().setEditing(true);
    store.getState().select({ kind: 'node', id: 'anna' });
    expect(await screen.findByText('1 mention not yet quoted')).toBeTruthy();
    // The sentence, the name marked, as text.
    expect(screen.getByText('Anna', { selector: 'mark' }).parentElement?.textContent).toBe('Anna said the talks were “frank and useful” — and Ben agreed.');
    await userEvent.click(screen.getByRole('button', { name: /Add as evidence/ }));
    expect(store.getState().story.nodes.find((n) => n.id === 'anna')?.evidence.map((e) => e.quote)).toEqual(['Anna met Ben in Paris', 'Anna']);
    expect(screen.getByText('Added as evidence to Anna; 0 mentions left.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Find mentions' }));
    expect(await screen.findByText('No mentions not yet quoted.')).toBeTruthy();
  });

  it('adds all of a node’s mentions as one edit, so one Undo takes them back', async () => {
    const { store } = renderWithStore(<FindMentions />, smallStory());
    store.getState().setEditing(true);
    store.getState().select({ kind: 'node', id: 'ben' });
    expect(await screen.findByText('3 mentions not yet quoted')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add all 3 as evidence' }));
    const quotes = () => store.getState().story.nodes.find((n) => n.id === 'ben')?.evidence.length;
    expect(quotes()).toBe(4);
    store.getState().undo();
    expect(quotes()).toBe(1);
    expect(await screen.findByText('3 mentions not yet quoted')).toBeTruthy();
  });
});

describe('Suggest nodes', () => {
  it('finds nothing until opened; Dismiss keeps the name with the story, and Restore offers it again', async () => {
    const { store } = renderWithStore(<SuggestNodes />, smallStory());
    store.getState().setEditing(true);
    expect(screen.queryByText(/not yet a node/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Suggest nodes' }));
    const paris = await screen.findByText('Paris', { selector: 'strong' });
    const item = paris.closest('li');
    if (!item) throw new Error('no item');
    await userEvent.click(within(item).getByRole('button', { name: /^Dismiss/ }));
    expect(store.getState().story.dismissed).toEqual(['Paris']);
    await waitFor(() => expect(screen.queryByText('Paris', { selector: 'strong' })).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Dismissed names (1)' }));
    await userEvent.click(screen.getByRole('button', { name: /^Restore\s*Paris$/ }));
    expect(store.getState().story.dismissed).toBeUndefined();
    expect(await screen.findByText('Paris', { selector: 'strong' })).toBeTruthy();
  });
});
