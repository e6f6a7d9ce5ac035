import type { HeldStory } from '../loading/linkedStory';
import { shortAddress } from '../model/trust/storyOrigin';

/**
 * The explorer's page for a link whose story the site has not vouched for: where it comes from, that the site
 * does not publish it, and (when the deployment allows) a way to open it anyway. Nothing of the story is shown.
 */
export function StoryGatePage({ held, onOpenAnyway }: { held: HeldStory; onOpenAnyway: () => void }) {
  return (
    <main className="problems-page story-gate">
      <p className="brand">Quotegraph</p>
      <h1>This story is not published by this site</h1>
      <p>
        The link asks this page to show a story file from <strong className="provenance-from">{held.from}</strong>. This site has not
        vouched for it: its quotes, its sources and their links may not be what they claim to be.
      </p>
      {held.decision === 'ask' ? (
        <p className="gate-actions">
          <button type="button" className="chip" onClick={onOpenAnyway}>
            Open it anyway
          </button>
          <a href="./">Open this site’s own story instead</a>
        </p>
      ) : (
        <>
          <p>This site shows only stories it publishes or has vouched for.</p>
          <p>
            <a href="./">Open this site’s own story</a>
          </p>
        </>
      )}
      <details>
        <summary>The story’s full address</summary>
        <code className="gate-address">{shortAddress(held.url, 400)}</code>
      </details>
    </main>
  );
}
