import { useId } from 'react';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';

/** What the details panel shows before anything is selected: the story and how to explore it. */
export function StoryOverview() {
  const titleId = useId();
  const story = useExplorerStore(selectStory);
  const compact = useExplorerStore((s) => s.layout === 'compact');
  if (compact) {
    // In an embed the host page already tells the story: just say how to get at the evidence.
    return (
      <article className="details overview" aria-labelledby={titleId}>
        <h2 id={titleId} className="overview-compact" tabIndex={-1}>
          Select a shape in the graph to see the quotes behind it.
        </h2>
        <p className="muted">
          {story.nodes.length} nodes · {story.edges.length} relations · every one backed by a quote from the article.
        </p>
      </article>
    );
  }
  return (
    <article className="details overview" aria-labelledby={titleId}>
      <p className="details-kind">About this graph</p>
      <h2 id={titleId} tabIndex={-1}>
        {story.title}
      </h2>
      {story.description && <p className="details-summary">{story.description}</p>}
      <p className="muted">
        {story.nodes.length} nodes · {story.edges.length} relations · every one backed by a quote from the article.
      </p>
      {story.changes && story.changes.length > 0 && (
        <>
          <h3>Corrections and updates</h3>
          <ul className="changes">
            {story.changes.map((change, i) => (
              <li key={i}>
                <time dateTime={change.date}>{change.date}</time>: {change.note}
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="hints">
        <li>Select a shape in the graph, or search by name, to see what the article says about it.</li>
        <li>Highlighted passages in the article below are evidence: select one to see what it supports.</li>
        <li>Use the legend to hide or show types; press Escape to clear the selection.</li>
      </ul>
    </article>
  );
}
