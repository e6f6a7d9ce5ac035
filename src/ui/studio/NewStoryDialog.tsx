import { useEffect, useId, useRef, useState } from 'react';
import { articleFromText, type SplitBlock } from '../../model/studio/articleFromText';
import { sourceFrom, sourceProblems, type SourceFields } from '../../model/studio/articleSource';
import { textTooLong } from '../../model/studio/fieldLimits';
import { newStory } from '../../model/studio/storyEdits';
import { LIMITS } from '../../model/story/storyLimits';
import type { Story } from '../../model/story/types';
import { CheckedInput } from './CheckedInput';

const count = (n: number) => n.toLocaleString('en');

/** What happened to a block of text too long for one paragraph, for the curator. */
function splitNote(block: SplitBlock): string {
  const last = block.first + block.parts - 1;
  return `Paragraph ${block.first} has ${count(block.length)} characters, more than the ${count(LIMITS.paragraphText)} one paragraph may hold: it becomes paragraphs ${block.first}–${last}, cut after a sentence. Nothing is left out.`;
}

/** Starts a story from an article: a title, where the article comes from (publisher, address, date), and the pasted text, split into paragraphs. */
export function NewStoryDialog({ onCreate, onClose }: { onCreate: (story: Story) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState<SourceFields>({ publisher: '', url: '', published: '' });
  const sourceProblem = sourceProblems(source);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal?.();
  }, []);
  const { paragraphs, split } = articleFromText(text);
  const titleProblem = textTooLong(title.trim(), LIMITS.title);
  const tooMany = paragraphs.length > LIMITS.paragraphs ? `That is more than the ${count(LIMITS.paragraphs)} paragraphs a story may have: shorten the text.` : null;
  const blocked =
    paragraphs.length === 0 || !title.trim() || titleProblem !== null || tooMany !== null || Object.values(sourceProblem).some((problem) => problem !== null);
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (blocked) return;
          onCreate(newStory(title, paragraphs, sourceFrom(source)));
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
        <fieldset className="studio-source">
          <legend>Where the article comes from (optional; shown to readers)</legend>
          <div className="studio-field">
            <label htmlFor={`${id}-sp`}>Publisher</label>
            <CheckedInput id={`${id}-sp`} value={source.publisher} problem={sourceProblem.publisher} onChange={(publisher) => setSource({ ...source, publisher })} />
          </div>
          <div className="studio-field">
            <label htmlFor={`${id}-su`}>Web address of the article</label>
            <CheckedInput id={`${id}-su`} type="url" value={source.url} problem={sourceProblem.url} onChange={(url) => setSource({ ...source, url })} />
          </div>
          <div className="studio-field">
            <label htmlFor={`${id}-sd`}>Date published</label>
            <CheckedInput id={`${id}-sd`} type="date" value={source.published} problem={sourceProblem.published} onChange={(published) => setSource({ ...source, published })} />
          </div>
        </fieldset>
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
