import { useId } from 'react';
import { useGraph } from '../graph/useGraph';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import { focusAfter } from './focusAfter';

/** Starts the guided tour, for stories that have one, when it is not running. */
export function TourStartButton() {
  const steps = useExplorerStore((s) => s.story.steps?.length ?? 0);
  const running = useExplorerStore((s) => s.step !== null);
  const goToStep = useExplorerStore((s) => s.goToStep);
  const graph = useGraph();
  if (steps === 0 || running) return null;
  return (
    <button
      type="button"
      className="tour-start"
      onClick={(event) => {
        // This button goes away: Next takes its place, one key press from the next step.
        focusAfter(
          event.currentTarget,
          () => goToStep(0),
          (root) => root.querySelector<HTMLElement>('.tour-next'),
        );
        graph.fit({ animate: true });
      }}
    >
      {/* The arrows are drawn, not read: button names stay in words. */}
      <span aria-hidden="true">▶ </span>Guided tour <span className="count">({steps} steps)</span>
    </button>
  );
}

/**
 * The guided tour while it runs: the step's title and text, with Previous / Next and a way out. Previous and Next
 * are never truly disabled (aria-disabled instead), so at either end of the tour focus stays on them.
 */
export function TourBar() {
  const story = useExplorerStore(selectStory);
  const step = useExplorerStore((s) => s.step);
  const goToStep = useExplorerStore((s) => s.goToStep);
  const graph = useGraph();
  const endTour = useExplorerStore((s) => s.endTour);
  const titleId = useId();
  const textId = useId();
  const steps = story.steps ?? [];
  const current = step === null ? undefined : steps[step];
  if (step === null || !current) return null;
  // Each step's view: fitted to what it focuses on, or to the whole graph.
  const go = (to: number) => () => {
    if (to < 0 || to >= steps.length) return;
    goToStep(to);
    graph.fit({ animate: true });
  };
  const first = step === 0;
  const last = step === steps.length - 1;
  return (
    <section className="tour" aria-labelledby={titleId} aria-describedby={textId}>
      <p className="tour-count">
        Guided tour · step {step + 1} of {steps.length}
      </p>
      <h2 id={titleId} className="tour-title">
        {current.title}
      </h2>
      <p id={textId} className="tour-text">
        {current.text}
      </p>
      <div className="tour-actions">
        <button type="button" className="tour-previous" onClick={go(step - 1)} aria-disabled={first}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <button type="button" className="primary tour-next" onClick={go(step + 1)} aria-disabled={last}>
          Next<span aria-hidden="true"> →</span>
        </button>
        <button
          type="button"
          className="text-button"
          onClick={(event) =>
            // Back to the button that started the tour, not the top of the page.
            focusAfter(event.currentTarget, endTour, (root) => root.querySelector<HTMLElement>('.tour-start'))
          }
        >
          End tour
        </button>
      </div>
    </section>
  );
}
