import { useId, useMemo } from 'react';
import { parseDraft } from '../../model/story/parseStory';
import { problemTotal } from '../../model/story/problemSink';
import { curatorWords, noProblemsText } from '../../model/studio/curatorProblems';
import { problemOwner } from '../../model/studio/storyEdits';
import { useExplorerStore } from '../../store/ExplorerStoreContext';
import { selectStory } from '../../store/selectors';
import { useGraph } from '../../graph/useGraph';

/** What the draft still lacks before it can be published; choosing a problem selects the thing at fault. */
export function ProblemsPanel() {
  const story = useExplorerStore(selectStory);
  const graph = useGraph();
  const titleId = useId();
  const problems = useMemo(() => {
    const draft = parseDraft(story);
    return draft.problems;
  }, [story]);
  const reword = useMemo(() => curatorWords(story), [story]);
  return (
    <section className="studio-section" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Problems <span className="count">({problemTotal(problems).total.toLocaleString('en')})</span>
      </h3>
      {problems.length === 0 ? (
        <p className="muted">{noProblemsText(story)}</p>
      ) : (
        <ul className="studio-problems">
          {problems.map((problem, i) => {
            const owner = problemOwner(story, problem.path);
            const message = reword(problem.message);
            return (
              <li key={`${problem.path}:${i}`}>
                {owner ? (
                  <button type="button" className="text-button" onClick={() => graph.show(owner)}>
                    {message}
                  </button>
                ) : (
                  <span>{message}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
