// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEditCheck } from '../../src/model/studio/editCheck';
import { ElementEditor } from '../../src/ui/studio/ElementEditor';
import { renderWithStore } from '../helpers/renderWithStore';
import { smallStory } from '../helpers/stories';

beforeAll(async () => {
  await loadEditCheck();
});

function edit(id: string) {
  const rendered = renderWithStore(<ElementEditor />, smallStory());
  rendered.store.getState().setEditing(true);
  rendered.store.getState().select({ kind: 'node', id });
  return rendered;
}

describe('a node’s type in the studio', () => {
  it('is chosen by the product’s names (“Organisation”), and kept as the format’s word', async () => {
    const { store } = edit('ben');
    const type = await screen.findByRole('combobox', { name: 'Type' });
    expect(screen.getByRole('option', { name: 'Organisation' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'organization' })).toBeNull();
    await userEvent.selectOptions(type, 'Organisation');
    expect(store.getState().story.nodes.find((n) => n.id === 'ben')?.type).toBe('organization');
    expect((screen.getByRole('option', { name: 'Organisation' }) as HTMLOptionElement).selected).toBe(true);
  });

  it('can be a word of the curator’s own', async () => {
    const { store } = edit('ben');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Type' }), 'Another type…');
    await userEvent.type(screen.getByLabelText('Another type (a word of your own)'), 'NGO{Enter}');
    expect(store.getState().story.nodes.find((n) => n.id === 'ben')?.type).toBe('NGO');
    expect((screen.getByRole('option', { name: 'NGO' }) as HTMLOptionElement).selected).toBe(true);
  });
});
