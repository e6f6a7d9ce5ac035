import { hasLegacyDraft } from './legacyDraft';
import { hasRescue } from './rescue';

/*
 * Small synchronous hints, so a page that has no draft to bring back (every reader's) opens its story at once
 * instead of waiting for IndexedDB: which draft this tab was editing (sessionStorage survives a reload and a crash
 * restore, and is per tab), and whether this browser has drafts at all.
 */
const TAB_DRAFT = 'quotegraph:draft-key';
const HAS_DRAFTS = 'quotegraph:has-drafts';

function safely<T>(fallback: T, read: () => T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The key of the draft this tab was editing before a reload, if any. */
export const tabDraftKey = (): string | null => safely(null, () => sessionStorage.getItem(TAB_DRAFT));

export function setTabDraftKey(key: string | null): void {
  safely(undefined, () => (key ? sessionStorage.setItem(TAB_DRAFT, key) : sessionStorage.removeItem(TAB_DRAFT)));
}

/** Remembers whether this browser holds drafts. */
export function setHasDrafts(has: boolean): void {
  safely(undefined, () => (has ? localStorage.setItem(HAS_DRAFTS, '1') : localStorage.removeItem(HAS_DRAFTS)));
}

/** True when a draft may be waiting to come back (so the page must look before it opens the default story). */
export function mayHaveDrafts(): boolean {
  return tabDraftKey() !== null || safely(false, () => localStorage.getItem(HAS_DRAFTS) !== null) || hasLegacyDraft() || hasRescue();
}
