// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Explorer } from '../../src/ui/Explorer';
import { ProblemList } from '../../src/ui/ProblemList';
import { smallStory } from '../helpers/stories';

// The canvas needs a real browser (see tests/browser); everything around it is tested here.
vi.mock('../../src/ui/GraphCanvas', () => ({ GraphCanvas: () => <div data-testid="graph-canvas" /> }));

describe('Explorer', () => {
  it('opens with the linked selection and reports it to the host', async () => {
    const onViewChange = vi.fn();
    render(<Explorer story={smallStory()} initialSelection={{ kind: 'node', id: 'ben' }} onViewChange={onViewChange} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Ben' })).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: 'Anna' })[0] as HTMLElement);
    expect(onViewChange).toHaveBeenLastCalledWith({ selection: { kind: 'node', id: 'anna' }, step: null });
  });

  it('shows a short notice for a link to something the story does not have', async () => {
    render(<Explorer story={smallStory()} initialSelection={{ kind: 'edge', id: 'gone' }} />);
    expect(screen.getByText('This story has no relation “gone”.').closest('[role=status]')).not.toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'A small test story' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/no relation/)).not.toBeInTheDocument();
  });

  it('clears the selection on Escape and announces changes', async () => {
    render(<Explorer story={smallStory()} initialSelection={{ kind: 'node', id: 'ben' }} />);
    const announcer = screen.getByTestId('announcer');
    expect(announcer).toHaveTextContent('');
    await userEvent.click(screen.getByRole('button', { name: 'Northland' }));
    expect(announcer).toHaveTextContent('Selected nation Northland: 1 relation, 1 supporting quote.');
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('heading', { level: 2, name: 'A small test story' })).toBeInTheDocument();
    expect(announcer).toHaveTextContent('Selection cleared.');
  });

  it('switches between the graph and its list twin', async () => {
    render(<Explorer story={smallStory()} />);
    expect(screen.queryByText(/Every node of the graph/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    // The list loads on first use: wait for it.
    expect(await screen.findByRole('heading', { level: 3, name: 'Person' })).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Paris talks, summit, 0 relations' }).click());
    expect(screen.getByRole('heading', { level: 2, name: 'Paris talks' })).toBeInTheDocument();
  });
});

describe('ProblemList', () => {
  it('lists each problem with its path, and shows markup in a story as plain text', () => {
    render(
      <ProblemList
        source="evil.json"
        problems={[
          { path: 'nodes[0].label', message: 'Bad <img src=x onerror=alert(1)> label' },
          { path: 'edges[2].target', message: 'Missing' },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'This story cannot be shown' })).toBeInTheDocument();
    expect(screen.getByText('2 problems were', { exact: false })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('nodes[0].labelBad <img src=x onerror=alert(1)> label');
    expect(document.querySelector('img')).toBeNull();
  });
});
