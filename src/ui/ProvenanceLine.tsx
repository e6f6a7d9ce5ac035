import type { Provenance } from '../model/trust/storyOrigin';

/**
 * Where a story from another origin comes from, always in view above the graph: a forged story cannot borrow the
 * site's name unnoticed. Stories the site vouches for get the plain line; others are marked as not published here.
 */
export function ProvenanceLine({ provenance }: { provenance: Provenance }) {
  return (
    <p className="provenance" data-vouched={provenance.vouched} part="provenance">
      {provenance.vouched ? null : (
        <span className="provenance-mark" aria-hidden="true">
          !
        </span>
      )}
      <span>
        Story file from <strong className="provenance-from">{provenance.from}</strong>
        {provenance.vouched ? null : ' — not published by this site'}
      </span>
    </p>
  );
}
