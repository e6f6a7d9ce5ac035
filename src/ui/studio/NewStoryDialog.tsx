import { useEffect, useId, useRef, useState } from 'react';
import { articleFromText, type SplitBlock } from '../../model/studio/articleFromText';
import { textTooLong } from '../../model/studio/fieldLimits';
import { newStory } from '../../model/studio/storyEdits';
import { LIMITS } from '../../model/story/storyLimits';
import type { Story } from '../../model/story/types';

const count = (n: number) => n.toLocaleString('en');

/** What happened to a block of text too long for one paragraph, for the curator. */
function splitNote(block: SplitBlock): string {
  const last = block.first + block.parts - 1;
  return `Paragraph ${block.first} has ${count(block.length)} characters, more than the ${count(LIMITS.paragraphText)} one paragraph may hold: it becomes paragraphs ${block.first}–${last}, cut after a sentence. Nothing is left out.`;
}

/** Starts a story from an article: a title and the pasted text, split into paragraphs. */
export function NewStoryDialog({ onCreate, onClose }: { onCreate: (story: Story) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal?.();
  }, []);
  const { paragraphs, split } = articleFromText(text);
  const titleProblem = textTooLong(title.trim(), LIMITS.title);
  const tooMany = paragraphs.length > LIMITS.paragraphs ? `That is more than the ${count(LIMITS.paragraphs)} paragraphs a story may have: shorten the text.` : null;
  const blocked = paragraphs.length === 0 || !title.trim() || titleProblem !== null || tooMany !== null;
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (blocked) return;
          onCreate(newStory(title, paragraphs));
          dialog.current?.close();
        }}
      >
        <h2 id={`${id}-title`}>New story from an article</h2>
        <div className="studio-field">
          <label htmlFor={`${id}-t`}>Title</label>
          <input
            id={`${id}-t`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            aria-invalid={titleProblem ? true : undefined}
            aria-describedby={titleProblem ? `${id}-tp` : undefined}
          />
          {titleProblem && (
            <p id={`${id}-tp`} className="field-problem">
              {titleProblem}
            </p>
          )}
        </div>
        <div className="studio-field">
          <label htmlFor={`${id}-x`}>Article text (paragraphs separated by blank lines)</label>
          <textarea id={`${id}-x`} rows={10} value={text} onChange={(e) => setText(e.target.value)} required />
        </div>
        <div className="muted" role="status">
          <p>
            {count(paragraphs.length)} paragraph{paragraphs.length === 1 ? '' : 's'}
          </p>
          {tooMany && <p className="field-problem">{tooMany}</p>}
          {split.map((block) => (
            <p key={block.first}>{splitNote(block)}</p>
          ))}
        </div>
        <div className="dialog-actions">
          <button type="button" className="chip" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="chip" disabled={blocked}>
            Create story
          </button>
        </div>
      </form>
    </dialog>
  );
}
