// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TourBar, TourStartButton } from '../../src/ui/TourBar';
import { defaultStory } from '../helpers/stories';
import { renderWithStore } from '../helpers/renderWithStore';

describe('TourBar', () => {
  it('names its buttons in words only: the arrows are decoration, hidden from assistive technology', async () => {
    const story = defaultStory();
    const steps = story.steps?.length ?? 0;
    const { store } = renderWithStore(
      <>
        <TourStartButton />
        <TourBar />
      </>,
      story,
    );
    await userEvent.click(screen.getByRole('button', { name: `Guided tour (${steps} steps)` }));
    expect(store.getState().step).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(store.getState().step).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(store.getState().step).toBe(0);
    // Still drawn for sighted readers.
    expect(screen.getByRole('button', { name: 'Next' })).toHaveTextContent('Next →');
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveTextContent('← Previous');
  });
});
