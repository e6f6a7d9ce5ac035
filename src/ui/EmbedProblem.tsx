import type { Problem } from '../model/story/types';

/**
 * What an embed shows when its story cannot be drawn: one line for readers of the host article, the details
 * folded away for the journalist (and in the console). No page furniture, no links that navigate the host page.
 */
export function EmbedProblem({ source, problems }: { source: string; problems: readonly Problem[] }) {
  console.warn(`Quotegraph could not show ${source}:`, problems);
  return (
    <div className="embed embed-problem" role="group" aria-label="Quotegraph">
      <p>This graph could not be loaded.</p>
      <details>
        <summary>Details for the page’s editor</summary>
        <ul>
          {problems.slice(0, 50).map((problem, i) => (
            <li key={i}>
              <code>{problem.path}</code> {problem.message}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
