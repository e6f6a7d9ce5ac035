// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphFor } from '../../src/graph/useGraph';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { defaultStory, smallStory } from '../helpers/stories';
import { renderWithStore } from '../helpers/renderWithStore';

describe('DetailsPanel', () => {
  it('introduces the story before anything is selected', () => {
    renderWithStore(<DetailsPanel />, smallStory());
    expect(screen.getByRole('heading', { level: 2, name: 'A small test story' })).toBeInTheDocument();
    expect(screen.getByText(/4 nodes · 2 relations · every one backed by a quote/)).toBeInTheDocument();
  });

  it('shows a node’s type, summary, highlighted quote and relations', () => {
    const { store } = renderWithStore(<DetailsPanel />, smallStory());
    act(() => store.getState().select({ kind: 'node', id: 'ben' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Ben' })).toBeInTheDocument();
    expect(screen.getByText('Leader of Northland.')).toBeInTheDocument();
    const quotes = screen.getAllByRole('blockquote');
    expect(quotes[0]).toHaveTextContent('Ben leads Northland. Ben leads it firmly, critics say.');
    expect(within(quotes[0] as HTMLElement).getByText('Ben leads', { selector: 'mark' })).toBeInTheDocument();
    const relations = screen.getByRole('heading', { name: /Relations/ }).nextElementSibling as HTMLElement;
    expect(within(relations).getAllByRole('listitem', { name: undefined }).filter((li) => li.classList.contains('relation'))).toHaveLength(2);
    expect(within(relations).getByRole('button', { name: 'Northland' })).toBeInTheDocument();
    expect(within(relations).getByText('Ben leads Northland', { selector: 'mark' })).toBeInTheDocument();
  });

  it('follows a relation’s link to the node at the other end', async () => {
    const { store } = renderWithStore(<DetailsPanel />, smallStory());
    act(() => store.getState().select({ kind: 'node', id: 'ben' }));
    const centre = vi.spyOn(graphFor(store), 'centre');
    await userEvent.click(screen.getByRole('button', { name: 'Northland' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Northland' })).toBeInTheDocument();
    expect(centre).toHaveBeenCalledTimes(1);
  });

  it('shows both ends of a relation and its quotes', async () => {
    const { store } = renderWithStore(<DetailsPanel />, smallStory());
    act(() => store.getState().select({ kind: 'edge', id: 'anna-met-ben' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Anna met with Ben');
    expect(screen.getByText('Between')).toBeInTheDocument();
    expect(screen.getByText('Anna met Ben in Paris', { selector: 'mark' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Anna' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'anna' });
  });

  it('asks the article to show a quote', async () => {
    const { store } = renderWithStore(<DetailsPanel />, smallStory());
    act(() => store.getState().select({ kind: 'node', id: 'talks' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show in article: paragraph 1' }));
    const focus = store.getState().articleFocus;
    expect(focus?.paragraphId).toBe('p1');
    expect(smallStory().article.paragraphs[0]?.text.slice(focus?.range?.start, focus?.range?.end)).toBe('the talks were “frank and useful”');
  });

  it('lets a reader of the default story see who accused Kim of what', () => {
    const { store } = renderWithStore(<DetailsPanel />, defaultStory());
    act(() => store.getState().select({ kind: 'node', id: 'kim-jong-un' }));
    const trump = screen.getAllByRole('button', { name: 'Donald Trump' })[0] as HTMLElement;
    const relation = trump.closest('li') as HTMLElement;
    expect(relation).toHaveTextContent(/accused/);
    expect(within(relation).getByText(/conspire against The United States of America/, { selector: 'mark' })).toBeInTheDocument();
  });
});

describe('DetailsPanel links to the source', () => {
  it('offers each quote at the publisher’s page when the story has a source URL, and no article button in an embed', async () => {
    const { createExplorerStore } = await import('../../src/store/createExplorerStore');
    const { ExplorerStoreProvider } = await import('../../src/store/ExplorerStoreContext');
    const { render } = await import('@testing-library/react');
    const store = createExplorerStore(smallStory(), { layout: 'compact', selection: { kind: 'node', id: 'talks' } });
    render(
      <ExplorerStoreProvider store={store}>
        <DetailsPanel />
      </ExplorerStoreProvider>,
    );
    const link = screen.getByRole('link', { name: /Open at the source/ });
    expect(link).toHaveAttribute('href', 'https://example.org/story#:~:text=the%20talks%20were%20%E2%80%9Cfrank%20and%20useful%E2%80%9D');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.queryByRole('button', { name: /Show in article/ })).not.toBeInTheDocument();
  });
});

describe('DetailsPanel of a hub', () => {
  /** The small story with Anna given 64 more relations to Ben (65: two pages of 30 and five more) and a dozen quotes of her own. */
  function hubStory() {
    const story = smallStory();
    const [base] = story.edges;
    if (!base) throw new Error('fixture has no edge');
    story.edges.push(...Array.from({ length: 64 }, (_, i) => ({ ...base, id: `again-${i + 1}`, label: `met again (${i + 1})` })));
    const anna = story.nodes.find((n) => n.id === 'anna');
    const [quote] = anna?.evidence ?? [];
    if (anna && quote) anna.evidence = Array.from({ length: 12 }, () => quote);
    return story;
  }
  const relationItems = () => document.querySelectorAll('li.relation');

  // Renders some 160 relations with their quotes, each a few milliseconds in jsdom and many more on a busy machine.
  it('shows the first 30 relations, then more on request, focusing the first one revealed', { timeout: 20_000 }, async () => {
    const { store } = renderWithStore(<DetailsPanel />, hubStory());
    act(() => store.getState().select({ kind: 'node', id: 'anna' }));
    expect(screen.getByText('(65)')).toBeInTheDocument();
    expect(relationItems()).toHaveLength(30);
    expect(screen.getByText('Show all 65 relations')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Show 30 more relations'));
    expect(relationItems()).toHaveLength(60);
    expect(document.activeElement).toBe(relationItems()[30]);
    expect(document.activeElement).toHaveTextContent('met again (30)');
    expect(screen.queryByText(/Show all/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('Show 5 more relations'));
    expect(relationItems()).toHaveLength(65);
    expect(screen.queryByText(/more relations/)).not.toBeInTheDocument();

    act(() => store.getState().select({ kind: 'node', id: 'ben' }));
    act(() => store.getState().select({ kind: 'node', id: 'anna' }));
    expect(relationItems()).toHaveLength(30);
    await userEvent.click(screen.getByText('Show all 65 relations'));
    expect(relationItems()).toHaveLength(65);
  });

  it('shows ten of a node’s quotes, and the rest on request', async () => {
    const { store } = renderWithStore(<DetailsPanel />, hubStory());
    act(() => store.getState().select({ kind: 'node', id: 'anna' }));
    const own = screen.getByText('From the article').nextElementSibling as HTMLElement;
    expect(own.querySelectorAll(':scope > li')).toHaveLength(10);
    await userEvent.click(screen.getByText('Show 2 more quotes'));
    expect(own.querySelectorAll(':scope > li')).toHaveLength(12);
    expect(document.activeElement).toBe(own.querySelectorAll(':scope > li')[10]);
  });
});
