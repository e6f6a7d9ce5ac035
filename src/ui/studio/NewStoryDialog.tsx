import { useEffect, useId, useRef, useState } from 'react';
import { paragraphsFromText } from '../../model/studio/articleFromText';
import { newStory } from '../../model/studio/storyEdits';
import type { Story } from '../../model/story/types';

/** Starts a story from an article: a title and the pasted text, split into paragraphs. */
export function NewStoryDialog({ onCreate, onClose }: { onCreate: (story: Story) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal?.();
  }, []);
  const paragraphs = paragraphsFromText(text);
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (paragraphs.length === 0) return;
          onCreate(newStory(title, paragraphs));
          dialog.current?.close();
        }}
      >
        <h2 id={`${id}-title`}>New story from an article</h2>
        <div className="studio-field">
          <label htmlFor={`${id}-t`}>Title</label>
          <input id={`${id}-t`} value={title} onChange={(e) => setTitle(e.target.value)} required />
        </div>
        <div className="studio-field">
          <label htmlFor={`${id}-x`}>Article text (paragraphs separated by blank lines)</label>
          <textarea id={`${id}-x`} rows={10} value={text} onChange={(e) => setText(e.target.value)} required />
        </div>
        <p className="muted" role="status">
          {paragraphs.length} paragraph{paragraphs.length === 1 ? '' : 's'}
        </p>
        <div className="dialog-actions">
          <button type="button" className="chip" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="chip" disabled={paragraphs.length === 0 || !title.trim()}>
            Create story
          </button>
        </div>
      </form>
    </dialog>
  );
}
