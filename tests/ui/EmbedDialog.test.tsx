// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EmbedDialog, type EmbedSource } from '../../src/ui/EmbedDialog';
import { renderWithStore } from '../helpers/renderWithStore';
import { smallStory } from '../helpers/stories';

const source: EmbedSource = {
  appBase: 'https://news.example/graphs/',
  scriptUrl: 'https://news.example/graphs/quote-graph.js',
  storyUrl: 'https://news.example/graphs/stories/small.json',
  defaultStoryUrl: 'https://news.example/graphs/stories/xi-kim-beijing.json',
};

beforeAll(() => {
  // jsdom has <dialog> without its methods: open and close it as a browser would, so its content is visible.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

async function openDialog() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Embed' }));
  const dialog = screen.getByRole('dialog', { name: 'Embed this graph' });
  // The snippets load with the dialog's first opening (a lazy chunk): wait until they are there.
  await within(dialog).findByText(/Paste either into your page/);
  return { user, dialog };
}

/**
 * The two snippets' text, as a person would copy it. The boxes are found by role once per dialog (a role query
 * is the slow part of a jsdom test) and read afresh on every call.
 */
const boxes = new WeakMap<HTMLElement, { element: HTMLTextAreaElement; iframe: HTMLTextAreaElement }>();
const snippets = (dialog: HTMLElement) => {
  let found = boxes.get(dialog);
  if (!found) {
    const box = (name: RegExp) => within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name });
    found = { element: box(/Web component/), iframe: box(/Iframe/) };
    boxes.set(dialog, found);
  }
  return { element: found.element.value, iframe: found.iframe.value };
};

describe('EmbedDialog', () => {
  it('starts from the current selection and lists every node and relation by name with its id', async () => {
    const { store } = renderWithStore(<EmbedDialog source={source} />, smallStory());
    store.getState().select({ kind: 'node', id: 'ben' });
    const { dialog } = await openDialog();
    const chooser = within(dialog).getByRole('combobox', { name: /Opens with this selected/ });
    expect(chooser).toHaveDisplayValue('Ben (ben)');
    const options = within(chooser).getAllByRole('option', { hidden: true }).map((option) => option.textContent);
    expect(options).toEqual([
      'Nothing: the whole graph',
      'Anna (anna)',
      'Ben (ben)',
      'Northland (northland)',
      'Paris talks (talks)',
      'Anna met with Ben (anna-met-ben)',
      'Ben leads Northland (ben-leads-northland)',
    ]);
    expect(snippets(dialog).element).toContain('<quote-graph src="https://news.example/graphs/stories/small.json" node="ben">');
  });

  it('puts the chosen node or relation in both snippets, and shows its id to copy', async () => {
    renderWithStore(<EmbedDialog source={source} />, smallStory());
    const { user, dialog } = await openDialog();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const chooser = within(dialog).getByRole('combobox', { name: /Opens with this selected/ });
    expect(snippets(dialog).element).not.toMatch(/ (node|edge)=/);

    await user.selectOptions(chooser, 'Ben leads Northland (ben-leads-northland)');
    expect(snippets(dialog).element).toContain('edge="ben-leads-northland"');
    expect(snippets(dialog).iframe).toContain('&amp;edge=ben-leads-northland"');
    await user.click(within(dialog).getByRole('button', { name: 'Copy id ben-leads-northland' }));
    expect(writeText).toHaveBeenCalledWith('ben-leads-northland');

    await user.selectOptions(chooser, 'Northland (northland)');
    expect(snippets(dialog).element).toContain('node="northland"');
    expect(snippets(dialog).element).not.toContain('edge=');

    await user.selectOptions(chooser, 'Nothing: the whole graph');
    expect(snippets(dialog).element).not.toMatch(/ (node|edge)=/);
    expect(within(dialog).queryByRole('button', { name: /Copy id/ })).toBeNull();
  });

  it('offers a Copy button for each snippet', async () => {
    renderWithStore(<EmbedDialog source={source} />, smallStory());
    const { user, dialog } = await openDialog();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const copyButtons = within(dialog).getAllByRole('button', { name: 'Copy' });
    expect(copyButtons).toHaveLength(2);
    await user.click(copyButtons[1] as HTMLElement);
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('<iframe data-quotegraph'));
  });
});
