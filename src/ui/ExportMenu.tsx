import type { Core } from 'cytoscape';
import { useRef, useState } from 'react';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import { downloadBlob, downloadText, storyFileName } from './download';

/** Export the current view (PNG at 2x, SVG) or the story file. The exporters load only when asked for. */
export function ExportMenu({ cy }: { cy: Core | null }) {
  const story = useExplorerStore(selectStory);
  const theme = useExplorerStore((s) => s.theme);
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const run = async (what: string, action: () => Promise<void>) => {
    if (menu.current) menu.current.open = false;
    setStatus(`Preparing ${what}…`);
    try {
      await action();
      setStatus(`${what} downloaded.`);
      setTimeout(() => setStatus((current) => (current === `${what} downloaded.` ? '' : current)), 4000);
    } catch (error) {
      setStatus(`Could not export ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <>
      <details className="export-menu" ref={menu}>
        <summary className="topbar-button">Export</summary>
        <div className="export-items">
          <button
            type="button"
            disabled={!cy}
            onClick={() =>
              void run('PNG', async () => {
                if (!cy) return;
                const { graphToPngBlob } = await import('../graph/exportImage');
                // The canvas draws light labels in the dark theme: give the PNG a matching background.
                downloadBlob(await graphToPngBlob(cy, { background: theme === 'dark' ? '#161b22' : '#ffffff' }), storyFileName(story.id, 'png'));
              })
            }
          >
            Image of the whole graph (PNG, 2×)
          </button>
          <button
            type="button"
            disabled={!cy}
            onClick={() =>
              void run('SVG', async () => {
                if (!cy) return;
                const { graphToSvg } = await import('../graph/exportSvg');
                downloadText(graphToSvg(cy, { title: story.title }), storyFileName(story.id, 'svg'), 'image/svg+xml');
              })
            }
          >
            Vector drawing (SVG)
          </button>
          <button
            type="button"
            onClick={() => void run('story', async () => downloadText(`${JSON.stringify(story, null, 2)}\n`, storyFileName(story.id, 'json'), 'application/json'))}
          >
            Story file (JSON)
          </button>
        </div>
      </details>
      <p role="status" className="export-status">
        {status}
      </p>
    </>
  );
}
