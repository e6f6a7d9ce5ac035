import { parseStoryText, type ParseResult } from '../model/story/parseStory';

/** Stories larger than this are refused before parsing: a newsroom story is far smaller, and a huge file would freeze the tab. */
export const MAX_STORY_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

/** A story ready to explore, or the problems to show, and where it came from (for the message). */
export type LoadedStory = ParseResult & { source: string };

/** Fetches and checks a story from a URL the reader gave (`?story=`), with a size cap and a time limit. */
export async function loadStoryFromUrl(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadedStory> {
  const fail = (message: string): LoadedStory => ({ ok: false, problems: [{ path: '(the whole file)', message }], source: url });
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit' });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return fail(timedOut ? `The story did not arrive within ${TIMEOUT_MS / 1000} seconds.` : 'The story could not be fetched (network error, or the server does not allow cross-origin requests).');
  }
  if (!response.ok) return fail(`The server answered ${response.status} ${response.statusText}`.trim() + '.');
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_STORY_BYTES) return fail(`The story is ${formatMb(declared)}; the limit is ${formatMb(MAX_STORY_BYTES)}.`);
  const text = await response.text();
  if (new Blob([text]).size > MAX_STORY_BYTES) return fail(`The story is larger than the ${formatMb(MAX_STORY_BYTES)} limit.`);
  return { ...parseStoryText(text), source: url };
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads and checks a story file the reader chose or dropped, refusing oversized files before reading them. */
export async function loadStoryFromFile(file: Blob & { name: string }): Promise<LoadedStory> {
  if (file.size > MAX_STORY_BYTES) {
    return { ok: false, problems: [{ path: '(the whole file)', message: `The file is ${formatMb(file.size)}; the limit is ${formatMb(MAX_STORY_BYTES)}.` }], source: file.name };
  }
  return { ...parseStoryText(await file.text()), source: file.name };
}
