import { fastStoryCheck } from '../story/fastStoryCheck';

/*
 * The store refuses an edit that would make a draft the story format cannot open again (studioSlice.applyEdit). A
 * story the fast check is sure of passes at once, without zod; the others need editLimits.ts, which words the
 * schema's findings for a curator and loads zod. It is loaded when editing begins, so readers who never edit (the
 * embeds, the explorer's first view) never download it.
 */

let fullCheck: ((story: unknown) => string | null) | null = null;
let loading: Promise<void> | null = null;

/** Loads the full check (once); studioSlice.setEditing calls it when the studio opens. A failed load (offline) is tried again on the next call. */
export function loadEditCheck(): Promise<void> {
  loading ??= import('./editLimits').then(
    (module) => {
      fullCheck = module.draftLimitProblem;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Why this edited story could not be kept, in a curator's words, or null when it can. */
export function editLimitProblem(story: unknown): string | null {
  if (fastStoryCheck(story)) return null;
  if (fullCheck) return fullCheck(story);
  // Not loaded yet, or its load failed (offline): ask again, and refuse this edit rather than keep it unchecked.
  loadEditCheck().catch(() => undefined);
  return 'the studio’s checks are still loading; try again in a moment.';
}
