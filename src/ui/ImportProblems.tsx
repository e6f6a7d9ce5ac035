import { useEffect, useId, useRef } from 'react';
import { MAX_LISTED_PROBLEMS, problemCountText } from '../model/story/problemSink';
import type { Problem } from '../model/story/types';

/** Why a story the reader tried to open was not opened; the story already open stays as it was. */
export function ImportProblems({ source, problems, onClose }: { source: string; problems: readonly Problem[]; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    // The dialog opens at its heading, not scrolled down to Close (its only control) past a long list.
    title.current?.focus();
  }, []);
  return (
    <dialog ref={dialog} className="embed-dialog import-problems" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} ref={title} tabIndex={-1}>{source} was not opened</h2>
      <p>
        {problems.length === 1 ? 'One problem stands' : `${problemCountText(problems, { sentenceStart: true })} stand`} in the way. The story you had open is unchanged.
      </p>
      <ol className="problem-list">
        {problems.slice(0, 200).map((problem, i) => (
          <li key={i}>
            <code className="problem-path">{problem.path}</code>
            <span className="problem-message">{problem.message}</span>
          </li>
        ))}
      </ol>
      {problems.length > 200 && <p className="muted">The first 200 are listed; npm run validate lists up to {MAX_LISTED_PROBLEMS.toLocaleString('en')}.</p>}
      <div className="dialog-actions">
        <button type="button" className="chip" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
