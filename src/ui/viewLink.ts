import type { Selection } from '../model/selection/selection';

/** Builds a link to a view of the story (its selection and tour step), e.g. in the full explorer. */
export type ViewLink = (view: { selection: Selection | null; step: number | null }) => string;
