import type { HeldStory } from '../loading/linkedStory';

/** The iframe embed's version of StoryGatePage: compact, with no links that would navigate the frame away. */
export function EmbedStoryGate({ held, onOpenAnyway }: { held: HeldStory; onOpenAnyway: () => void }) {
  return (
    <div className="embed embed-problem story-gate" role="group" aria-label="Quotegraph">
      <p>
        This graph’s story file comes from <strong className="provenance-from">{held.from}</strong>, which this site has not vouched for
        {held.decision === 'ask' ? ': its quotes may not be genuine.' : ', so it is not shown.'}
      </p>
      {held.decision === 'ask' && (
        <button type="button" className="chip" onClick={onOpenAnyway}>
          Show it anyway
        </button>
      )}
    </div>
  );
}
