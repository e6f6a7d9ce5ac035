// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TopBar } from '../../src/ui/TopBar';
import { smallStory } from '../helpers/stories';
import { renderWithStore } from '../helpers/renderWithStore';

const bar = (narrow: boolean) => <TopBar narrow={narrow} onOpenStory={() => undefined} studio />;

describe('TopBar', () => {
  it('on a wide screen shows every action, with no menu', () => {
    renderWithStore(bar(false), smallStory());
    expect(screen.queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeVisible();
    expect(screen.getByText('Export')).toBeVisible();
  });

  it('on a narrow screen folds the actions into a menu that Escape and a tap elsewhere close', async () => {
    renderWithStore(bar(true), smallStory());
    const menu = screen.getByRole('button', { name: 'Menu' });
    const actions = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(actions).not.toBeVisible();
    expect(screen.getByRole('combobox', { name: /Search/ })).toHaveAttribute('placeholder', 'Search…');

    await userEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Edit' })).toBeVisible();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    await userEvent.click(menu);
    act(() => {
      fireEvent.pointerDown(document.body);
    });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the menu once Edit is chosen, giving the focus back to its button', async () => {
    const { store } = renderWithStore(bar(true), smallStory());
    await userEvent.click(screen.getByRole('button', { name: 'Menu' }));
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(store.getState().editing).toBe(true);
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus();
  });
});
