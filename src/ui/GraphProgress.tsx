import { useExplorerStore } from '../store/ExplorerStoreContext';

/**
 * Over the canvas while the graph is laid out or drawn in parts: what is happening and how far along, as a progress
 * bar (read out with its name and value) and as text. The rest of the page works meanwhile, so it never takes clicks.
 */
export function GraphProgress() {
  const drawing = useExplorerStore((s) => s.drawing);
  const nodes = useExplorerStore((s) => s.story.nodes.length);
  if (!drawing) return null;
  const percent = Math.round(drawing.fraction * 100);
  const task = `${drawing.task === 'layout' ? 'Laying out' : 'Drawing'} ${nodes.toLocaleString('en-US')} nodes`;
  return (
    <div className="graph-progress">
      <p className="graph-progress-text" aria-hidden="true">
        {task}… {percent}%
      </p>
      <progress max={100} value={percent} aria-label={task} />
    </div>
  );
}
