// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GraphProgress } from '../../src/ui/GraphProgress';
import { smallStory } from '../helpers/stories';
import { renderWithStore } from '../helpers/renderWithStore';

describe('GraphProgress', () => {
  it('says what the canvas is doing and how far along, as a named progress bar, and goes once the graph is drawn', () => {
    const { store } = renderWithStore(<GraphProgress />, smallStory());
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    act(() => store.getState().setDrawing({ task: 'layout', fraction: 0.404 }));
    expect(screen.getByRole('progressbar', { name: 'Laying out 4 nodes' })).toHaveAttribute('value', '40');
    expect(screen.getByText('Laying out 4 nodes… 40%')).toBeInTheDocument();
    act(() => store.getState().setDrawing({ task: 'draw', fraction: 0.5 }));
    expect(screen.getByRole('progressbar', { name: 'Drawing 4 nodes' })).toHaveAttribute('value', '50');
    act(() => store.getState().setDrawing(null));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
