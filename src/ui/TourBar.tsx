import { useId } from 'react';
import { useGraph } from '../graph/useGraph';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';

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
      onClick={() => {
        goToStep(0);
        graph.fit({ animate: true });
      }}
    >
      ▶ Guided tour <span className="count">({steps} steps)</span>
    </button>
  );
}

/** The guided tour while it runs: the step's title and text, with Previous / Next and a way out. */
export function TourBar() {
  const story = useExplorerStore(selectStory);
  const step = useExplorerStore((s) => s.step);
  const nextStep = useExplorerStore((s) => s.nextStep);
  const previousStep = useExplorerStore((s) => s.previousStep);
  const graph = useGraph();
  // Each step's view: fitted to what it focuses on, or to the whole graph.
  const go = (move: () => void) => () => {
    move();
    graph.fit({ animate: true });
  };
  const endTour = useExplorerStore((s) => s.endTour);
  const titleId = useId();
  const steps = story.steps ?? [];
  const current = step === null ? undefined : steps[step];
  if (step === null || !current) return null;
  return (
    <section className="tour" aria-labelledby={titleId}>
      <p className="tour-count">
        Guided tour · step {step + 1} of {steps.length}
      </p>
      <h2 id={titleId} className="tour-title">
        {current.title}
      </h2>
      <p className="tour-text">{current.text}</p>
      <div className="tour-actions">
        <button type="button" onClick={go(previousStep)} disabled={step === 0}>
          ← Previous
        </button>
        <button type="button" className="primary" onClick={go(nextStep)} disabled={step === steps.length - 1}>
          Next →
        </button>
        <button type="button" className="text-button" onClick={endTour}>
          End tour
        </button>
      </div>
    </section>
  );
}
