import { useId, useRef, useState } from 'react';
import { elementSnippet, iframeSnippet, type SnippetTarget } from '../model/embed/snippets';
import type { Selection } from '../model/selection/selection';
import { useExplorerStore, useExplorerStoreApi } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import type { EmbedSource } from './EmbedDialog';
import { EmbedTargetPicker } from './EmbedTargetPicker';

// The Embed dialog's content, loaded when the dialog first opens (EmbedDialog.tsx): most readers never open it.

function Snippet({ label, code }: { label: string; code: string }) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Copied.');
    } catch {
      area.current?.select();
      setStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };
  return (
    <div className="snippet">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={area} readOnly value={code} rows={code.split('\n').length} spellCheck={false} />
      <div className="snippet-actions">
        <button type="button" className="chip" onClick={() => void copy()}>
          Copy
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
    </div>
  );
}

/**
 * The snippets, opening at the current view (tour step) with what the picker names selected: the current selection
 * to begin with. Mounted each time the dialog opens, so it starts from the view of that moment.
 */
export function EmbedSnippets({ source }: { source: EmbedSource }) {
  const story = useExplorerStore(selectStory);
  const step = useExplorerStore((s) => s.step);
  const store = useExplorerStoreApi();
  const [selection, setSelection] = useState<Selection | null>(() => store.getState().selection);
  const target: SnippetTarget = { appBase: source.appBase, scriptUrl: source.scriptUrl, storyUrl: source.storyUrl, title: story.title, selection, step };
  return (
    <>
      <p className="muted">
        Both open at the current view{step !== null ? ` at tour step ${step + 1}` : ''}. Paste either into your page’s HTML.
      </p>
      <EmbedTargetPicker value={selection} onChange={setSelection} />
      <Snippet label="Web component (recommended): styles stay separate, and you can script it" code={elementSnippet(target)} />
      <Snippet label="Iframe: works in any CMS that allows iframes; resizes itself to fit" code={iframeSnippet(target, source.defaultStoryUrl)} />
    </>
  );
}
