// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addNode, newStory } from '../../src/model/studio/storyEdits';
import type { Story } from '../../src/model/story/types';
import { ElementEditor } from '../../src/ui/studio/ElementEditor';
import { NewRelationForm } from '../../src/ui/studio/NewRelationForm';
import { NewStoryDialog } from '../../src/ui/studio/NewStoryDialog';
import { renderWithStore } from '../helpers/renderWithStore';
import { prepareStudio } from '../helpers/studioSetup';
import { smallStory } from '../helpers/stories';

beforeAll(prepareStudio);

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

describe('the New story dialog', () => {
  it('asks where the article comes from, and keeps it with the story', async () => {
    const onCreate = vi.fn<(story: Story) => void>();
    renderWithStore(<NewStoryDialog onCreate={onCreate} onClose={() => undefined} />, smallStory());
    await userEvent.type(screen.getByLabelText('Title'), 'Tram line approved');
    await userEvent.type(screen.getByLabelText(/Article text/), 'Voss won.');
    await userEvent.type(screen.getByLabelText('Publisher'), 'Harbor Ledger');
    await userEvent.type(screen.getByLabelText('Web address of the article'), 'ledger.example/tram');
    expect(screen.getByText('A web address starting with https:// or http://.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Create story' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.clear(screen.getByLabelText('Web address of the article'));
    await userEvent.type(screen.getByLabelText('Web address of the article'), 'https://ledger.example/tram');
    await userEvent.type(screen.getByLabelText('Date published'), '2026-05-12');
    await userEvent.click(screen.getByRole('button', { name: 'Create story' }));
    expect(onCreate.mock.calls[0]?.[0].article.source).toEqual({ name: 'Harbor Ledger', url: 'https://ledger.example/tram', published: '2026-05-12' });
  });
});

describe('a quote typed with straight quote marks', () => {
  it('is refused with the reason (the quote marks), and the article’s words are one click away', async () => {
    const base = newStory('Plan', [{ id: 'p1', text: 'Ruiz called the plan “a gift to developers” on Monday.' }]);
    const { story } = addNode(base, { label: 'Ruiz', type: 'person' });
    const { store } = renderWithStore(<ElementEditor />, story);
    store.getState().setEditing(true);
    store.getState().select({ kind: 'node', id: 'ruiz' });
    await userEvent.type(await screen.findByLabelText('Exact words'), 'the plan "a gift to developers"');
    await userEvent.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(screen.getByRole('status').textContent).toMatch(/only the quote marks differ/);
    await userEvent.click(screen.getByRole('button', { name: 'Use the article’s words' }));
    expect((screen.getByLabelText('Exact words') as HTMLInputElement).value).toBe('the plan “a gift to developers”');
    await userEvent.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(store.getState().story.nodes[0]?.evidence).toEqual([{ paragraph: 'p1', quote: 'the plan “a gift to developers”' }]);
  });
});

describe('the panel’s New relation form', () => {
  it('takes kind and direction with the ends and label, so nothing is left to set further up', async () => {
    const { store } = renderWithStore(<NewRelationForm />, smallStory());
    store.getState().setEditing(true);
    await userEvent.selectOptions(screen.getByLabelText('From'), 'Ben');
    await userEvent.selectOptions(screen.getByLabelText('To'), 'Northland');
    await userEvent.type(screen.getByLabelText('Relation (e.g. met with)'), 'leads');
    await userEvent.type(screen.getByLabelText(/^Kind/), 'leadership');
    await userEvent.click(screen.getByLabelText(/Has a direction/));
    await userEvent.click(screen.getByRole('button', { name: 'Add relation' }));
    expect(store.getState().story.edges.at(-1)).toMatchObject({ source: 'ben', target: 'northland', label: 'leads', type: 'leadership', directed: false });
  });
});
