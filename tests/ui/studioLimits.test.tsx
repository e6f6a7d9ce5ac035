// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addEvidence } from '../../src/model/studio/storyEdits';
import { ElementEditor } from '../../src/ui/studio/ElementEditor';
import { NewStoryDialog } from '../../src/ui/studio/NewStoryDialog';
import { RefusalBanner } from '../../src/ui/studio/RefusalBanner';
import { renderWithStore } from '../helpers/renderWithStore';
import { prepareStudio } from '../helpers/studioSetup';
import { smallStory } from '../helpers/stories';

beforeAll(prepareStudio);

function editBen() {
  const rendered = renderWithStore(
    <>
      <RefusalBanner />
      <ElementEditor />
    </>,
    smallStory(),
  );
  rendered.store.getState().setEditing(true);
  rendered.store.getState().select({ kind: 'node', id: 'ben' });
  return rendered;
}

describe('studio limits, where the edit is made', () => {
  it('refuses a 21st other name, keeps what was typed, and says why aloud', async () => {
    const { store } = editBen();
    const field = await screen.findByLabelText('Other names (comma-separated)');
    const names = Array.from({ length: 21 }, (_, i) => `Name ${i + 1}`).join(', ');
    fireEvent.change(field, { target: { value: names } });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('21 other names: at most 20.');
    fireEvent.blur(field);
    expect(store.getState().story.nodes[1]?.aliases).toBeUndefined();
    expect(field).toHaveValue(names);
    expect(screen.getByRole('alert')).toHaveTextContent('Not changed: Other names (comma-separated): 21 other names: at most 20.');
    // Down to 20: kept, and the message goes.
    fireEvent.change(field, { target: { value: names.replace(', Name 21', '') } });
    fireEvent.blur(field);
    expect(store.getState().story.nodes[1]?.aliases).toHaveLength(20);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('never cuts a summary pasted over the limit: it says how far over it is', async () => {
    const { store } = editBen();
    const field = await screen.findByLabelText('Summary');
    fireEvent.change(field, { target: { value: 'x'.repeat(2_010) } });
    expect(field).toHaveAccessibleDescription('2,010 characters: at most 2,000 (10 too many).');
    fireEvent.blur(field);
    expect(store.getState().story.nodes[1]?.summary).toBe('Leader of Northland.');
    expect(field).toHaveValue('x'.repeat(2_010));
  });

  it('offers no 101st quote, and says so', async () => {
    const { store } = editBen();
    store.getState().applyEdit((s) => {
      let next = s;
      for (let i = 1; i < 100; i++) next = addEvidence(next, { kind: 'node', id: 'ben' }, { paragraph: 'p2', quote: 'Ben', suffix: ` leads${' '.repeat(i)}` });
      return next;
    });
    expect(store.getState().story.nodes[1]?.evidence).toHaveLength(100);
    expect(await screen.findByText('At most 100 quotes: remove one to add another.')).toBeVisible();
    fireEvent.change(screen.getByLabelText('Exact words'), { target: { value: 'Northland' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(screen.getByText(/Not added\. It has 100 quotes/)).toBeVisible();
    expect(store.getState().story.nodes[1]?.evidence).toHaveLength(100);
  });
});

describe('a new story from pasted text', () => {
  it('splits a paragraph over 20,000 characters and says where', async () => {
    const onCreate = vi.fn();
    renderWithStore(<NewStoryDialog onCreate={onCreate} onClose={() => undefined} />, smallStory());
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Long read' } });
    const long = 'A sentence of the long report. '.repeat(1000).trim();
    fireEvent.change(screen.getByLabelText(/Article text/), { target: { value: `Opening.\n\n${long}` } });
    expect(screen.getByText('3 paragraphs')).toBeVisible();
    expect(screen.getByText(/Paragraph 2 has 30,999 characters, more than the 20,000 one paragraph may hold: it becomes paragraphs 2–3/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Create story' }));
    expect(onCreate).toHaveBeenCalledOnce();
    const story = onCreate.mock.calls[0]?.[0];
    expect(story.article.paragraphs.map((p: { text: string }) => p.text.length <= 20_000)).toEqual([true, true, true]);
  });

  it('refuses a title over 300 characters, saying so', () => {
    renderWithStore(<NewStoryDialog onCreate={() => undefined} onClose={() => undefined} />, smallStory());
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 't'.repeat(301) } });
    fireEvent.change(screen.getByLabelText(/Article text/), { target: { value: 'One paragraph.' } });
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('301 characters: at most 300 (1 too many).');
    expect(screen.getByRole('button', { name: 'Create story' })).toBeDisabled();
  });
});
