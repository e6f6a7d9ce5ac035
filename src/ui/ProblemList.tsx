import { problemCountText } from '../model/story/problemSink';
import type { Problem } from '../model/story/types';
import { shortAddress } from '../model/trust/storyOrigin';

/** Why a story cannot be shown: one line per problem, with where it is. Text from the file is shown as text. */
export function ProblemList({ problems, source }: { problems: readonly Problem[]; source: string }) {
  return (
    <main className="problems-page">
      <p className="brand">Quotegraph</p>
      <h1>This story cannot be shown</h1>
      <p>
        {problemCountText(problems, { sentenceStart: true })} {problems.length === 1 ? 'was' : 'were'} found in <code>{shortAddress(source)}</code>. Fix{' '}
        {problems.length === 1 ? 'it' : 'them'} and load the story again; <code>npm run validate</code> gives the same list.
      </p>
      <ol className="problem-list">
        {problems.map((problem, i) => (
          <li key={i}>
            <code className="problem-path">{problem.path}</code>
            <span className="problem-message">{problem.message}</span>
          </li>
        ))}
      </ol>
      <p>
        <a href="./">Open the default story</a>
      </p>
    </main>
  );
}
