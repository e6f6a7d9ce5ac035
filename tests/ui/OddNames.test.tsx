// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ArticleReader } from '../../src/ui/ArticleReader';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { GraphList } from '../../src/ui/GraphList';
import { Legend } from '../../src/ui/Legend';
import { loadStory } from '../helpers/stories';
import { renderWithStore } from '../helpers/renderWithStore';

// Types, ids, paragraph ids, labels and relation kinds named after Object.prototype's members (`__proto__`,
// `constructor`, `toString`…): the legend used to crash on `__proto__` and leave the others without a style.
const story = () => loadStory('tests/fixtures/odd-names-story.json');

describe('a story whose names are those of Object.prototype', () => {
  it('gets a legend entry for each type, with its count, that hides and shows the type', async () => {
    renderWithStore(
      <>
        <Legend />
        <GraphList />
      </>,
      story(),
    );
    const legend = within(screen.getByRole('region', { name: 'Show or hide node types' }));
    const names = ['__proto__', 'Constructor', 'ToString', 'HasOwnProperty', 'ValueOf', 'Prototype', 'Person'];
    expect(legend.getAllByRole('button', { pressed: true }).map((b) => b.textContent)).toEqual(names.map((name) => `${name} 1`));
    // The list view has a section per type, headed as the legend names it.
    const sections = () => [...document.querySelectorAll('.graph-list h3')].map((h) => h.textContent?.trim());
    expect(sections()).toEqual(names);
    await userEvent.click(legend.getByRole('button', { name: '__proto__ 1' }));
    expect(legend.getByRole('button', { name: '__proto__ 1' })).toHaveAttribute('aria-pressed', 'false');
    expect(sections()).toEqual(names.slice(1));
    await userEvent.click(legend.getByRole('button', { name: 'Show all' }));
    expect(sections()).toEqual(names);
  });

  it('shows a node’s type, quotes and relations, and a relation’s ends', async () => {
    const { store } = renderWithStore(<DetailsPanel />, story());
    act(() => store.getState().select({ kind: 'node', id: 'toString' }));
    const details = screen.getByRole('heading', { level: 2, name: 'constructor' }).closest('section') ?? document.body;
    expect(details).toHaveTextContent('Constructor');
    expect(within(details).getByText('the constructor guild', { selector: 'mark' })).toBeInTheDocument();
    await userEvent.click(within(details).getByRole('button', { name: '__proto__' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'constructor' });
    act(() => store.getState().select({ kind: 'edge', id: 'then' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('constructor');
    expect(screen.getByText('The toString club wrote to valueOf', { selector: 'mark' })).toBeInTheDocument();
  });

  it('marks the passages in paragraphs whose ids are odd names, and selects from them', async () => {
    const { store } = renderWithStore(<ArticleReader />, story());
    act(() => store.getState().select({ kind: 'node', id: 'constructor' }));
    const current = [...document.querySelectorAll('a.passage.is-current')].map((a) => a.textContent);
    expect(current).toEqual(['The __proto__ society', 'who founded the __proto__ society']);
    await userEvent.click(screen.getByText('isPrototypeOf share an office', { selector: 'a.passage' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'isPrototypeOf' });
  });
});
