// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticStory } from '../../src/cli/bench/syntheticStory';
import { nodeTypeStyle } from '../../src/graph/nodeTypeStyles';
import type { Story } from '../../src/model/story/types';
import { GraphList } from '../../src/ui/GraphList';
import { renderWithStore } from '../helpers/renderWithStore';

// 1,000 nodes make about 5,000 rows, ten times the 500 up to which the list renders whole: plenty to window. Each
// test builds its own store over the story (anchoring every quote), so a bigger story only made every test slower.
let story: Story;
beforeAll(() => {
  story = syntheticStory(1_000, { seed: 20_250_905, positions: false });
});

const rowButtons = (container: HTMLElement) => container.querySelectorAll('.list-node, .list-edge');
const scroller = (container: HTMLElement) => container.querySelector('.graph-list') as HTMLElement;

describe('GraphList of a large story', () => {
  it('renders only the rows in view, and says where each stands in the whole list', () => {
    const { container } = renderWithStore(<GraphList />, story);
    expect(rowButtons(container).length).toBeGreaterThan(10);
    expect(rowButtons(container).length).toBeLessThan(150);
    const first = story.nodes.find((n) => n.type === story.nodes[0]?.type);
    const item = screen.getByRole('button', { name: (name) => name.startsWith(`${first?.label},`) }).closest('li');
    expect(item).toHaveAttribute('aria-posinset', '1');
    expect(Number(item?.getAttribute('aria-setsize'))).toBe(story.nodes.filter((n) => n.type === first?.type).length);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(1);
  });

  it('scrolls to a node selected elsewhere (graph, search) and marks it; then to a relation', () => {
    const { container, store } = renderWithStore(<GraphList />, story);
    const far = story.nodes[876];
    act(() => store.getState().select({ kind: 'node', id: far?.id ?? '' }));
    expect(screen.getByRole('button', { name: (name) => name.startsWith(`${far?.label},`) })).toHaveAttribute('aria-current', 'true');
    expect(scroller(container).scrollTop).toBeGreaterThan(10_000);
    expect(rowButtons(container).length).toBeLessThan(150);

    const edge = story.edges[1_543];
    act(() => store.getState().select({ kind: 'edge', id: edge?.id ?? '' }));
    const current = container.querySelectorAll('.list-edge[aria-current="true"]');
    expect(current.length).toBeGreaterThanOrEqual(1);
    const ends = [edge?.source, edge?.target].map((id) => `Relations of ${story.nodes.find((n) => n.id === id)?.label}`);
    expect(ends).toContain(current[0]?.closest('ul')?.getAttribute('aria-label'));
  });

  it('moves focus with the arrow keys, Home and End, rendering the rows it reaches', async () => {
    const { container } = renderWithStore(<GraphList />, story);
    const firstNode = container.querySelector<HTMLElement>('.list-node');
    firstNode?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveClass('list-edge');
    await userEvent.keyboard('{End}');
    const last = document.activeElement as HTMLElement;
    expect(last).toHaveClass('list-edge');
    expect(last.closest('li')?.getAttribute('aria-posinset')).toBe(last.closest('li')?.getAttribute('aria-setsize'));
    expect(scroller(container).scrollTop).toBeGreaterThan(100_000);
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).not.toBe(last);
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(container.querySelector('.list-node'));
    expect(rowButtons(container).length).toBeLessThan(150);
  });

  it('keeps the focused row when the list is scrolled far away from it', () => {
    const { container } = renderWithStore(<GraphList />, story);
    const focused = container.querySelector<HTMLElement>('.list-node');
    focused?.focus();
    scroller(container).scrollTop = 100_000;
    fireEvent.scroll(scroller(container));
    expect(document.activeElement).toBe(focused);
    expect(focused).toBeInTheDocument();
    expect(rowButtons(container).length).toBeLessThan(150);
  });

  it('drops a hidden type’s rows, and relations to it', () => {
    const { container, store } = renderWithStore(<GraphList />, story);
    const type = story.nodes[0]?.type ?? '';
    const hiddenLabels = story.nodes.filter((n) => n.type === type).map((n) => n.label);
    const shows = (label: string) => [...rowButtons(container)].some((b) => b.textContent?.includes(label));
    expect(hiddenLabels.some(shows)).toBe(true);
    act(() => store.getState().toggleType(type));
    expect(screen.getAllByRole('heading', { level: 3 })[0]).not.toHaveTextContent(nodeTypeStyle(type).name);
    expect(hiddenLabels.some(shows)).toBe(false);
    expect(rowButtons(container).length).toBeGreaterThan(10);
  });
});
