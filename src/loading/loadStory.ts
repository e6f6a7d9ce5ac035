import type { ParseResult } from '../model/story/types';
import { checkStoryText } from './checkStoryText';
import type { Provenance } from '../model/trust/storyOrigin';
import { fetchTextWithin, type FetchFailure, type FetchLimits } from './fetchWithin';

/** Stories larger than this are refused, counted as they arrive: a newsroom story is far smaller, and a huge file would freeze the tab. */
export const MAX_STORY_BYTES = 10 * 1024 * 1024;

/** How long a story may take: the server must answer, and the body keep coming, within 15 s; all of it within 60 s. */
export const STORY_LIMITS: FetchLimits = { maxBytes: MAX_STORY_BYTES, answerMs: 15_000, stallMs: 15_000, totalMs: 60_000 };

/**
 * A story ready to explore, or the problems to show, and where it came from: `source` names it in messages;
 * `from` is the address it was fetched from in the end (after redirects); `provenance` is what readers are told
 * about its origin (absent for the site's own stories, files and drafts).
 */
export type LoadedStory = ParseResult & { source: string; from?: string; provenance?: Provenance | null };

const WHOLE_FILE = '(the whole file)';

/** Options for loadStoryFromUrl: a fetch stand-in (tests) and where a redirect may lead (see fetchTextWithin). */
export interface UrlLoadOptions {
  fetchImpl?: typeof fetch;
  keepTo?: (finalUrl: string) => boolean;
}

/**
 * Fetches and checks a story from a URL, within STORY_LIMITS. Never rejects: every failure is a readable problem.
 * `leftFor` is where a redirect led when `keepTo` refused it.
 */
export async function loadStoryFromUrl(url: string, options: UrlLoadOptions = {}): Promise<LoadedStory & { leftFor?: string }> {
  const fetched = await fetchTextWithin(url, STORY_LIMITS, options);
  if (!fetched.ok) {
    const failed = { ok: false as const, problems: [{ path: WHOLE_FILE, message: failureMessage(fetched) }], source: url };
    return fetched.reason === 'left' ? { ...failed, leftFor: fetched.finalUrl } : failed;
  }
  return { ...(await checkStoryText(fetched.text)), source: url, from: fetched.finalUrl };
}

function failureMessage(failure: FetchFailure): string {
  const seconds = (ms: number) => `${ms / 1000} seconds`;
  switch (failure.reason) {
    case 'no-answer':
      return `The story did not arrive within ${seconds(STORY_LIMITS.answerMs)}.`;
    case 'stalled':
      return `The story stopped arriving: nothing more came for ${seconds(STORY_LIMITS.stallMs)}, so loading was stopped.`;
    case 'too-slow':
      return `The story took longer than ${seconds(STORY_LIMITS.totalMs)} to arrive, so loading was stopped.`;
    case 'network':
      return 'The story could not be fetched (network error, or the server does not allow cross-origin requests).';
    case 'broken-off':
      return 'The connection broke off before the whole story arrived.';
    case 'too-large':
      return `The story is larger than the ${formatMb(MAX_STORY_BYTES)} limit, so loading was stopped.`;
    case 'declared-too-large':
      return `The story is ${formatMb(failure.bytes)}; the limit is ${formatMb(MAX_STORY_BYTES)}.`;
    case 'status':
      return `The server answered ${failure.status}.`;
    case 'left':
      return `The address redirected to ${failure.finalUrl}, which this site has not vouched for.`;
  }
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads and checks a story file the reader chose or dropped, refusing oversized files before reading them. */
export async function loadStoryFromFile(file: Blob & { name: string }): Promise<LoadedStory> {
  const fail = (message: string): LoadedStory => ({ ok: false, problems: [{ path: WHOLE_FILE, message }], source: file.name });
  if (file.size > MAX_STORY_BYTES) return fail(`The file is ${formatMb(file.size)}; the limit is ${formatMb(MAX_STORY_BYTES)}.`);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('The file could not be read (it may have been moved, or the browser was not allowed to read it).');
  }
  return { ...(await checkStoryText(text)), source: file.name };
}
