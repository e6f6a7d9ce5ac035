/**
 * What a deployment decides about stories named by a link (`?story=`), as a newsroom writes it in
 * `quotegraph.config.json` beside index.html (see README, "Stories from other sites").
 */
export interface DeploymentConfig {
  /** Origins besides the explorer's own whose stories open without asking, e.g. "https://data.example.org". */
  allowedStoryOrigins: readonly string[];
  /** What a link to any other story gets: a question with "Open it anyway" ("ask"), or a refusal ("refuse"). */
  otherStories: 'ask' | 'refuse';
}

/** What applies with no config file, or a broken one: the explorer's own origin only, and ask before any other. */
export const SAFE_DEFAULTS: DeploymentConfig = { allowedStoryOrigins: [], otherStories: 'ask' };

const KNOWN_KEYS = new Set(['$comment', 'allowedStoryOrigins', 'otherStories']);

/**
 * Reads a config file's parsed JSON. Whatever cannot be understood falls back to the safe default for that setting
 * (never to something more open), with a warning for the newsroom's developer.
 */
export function readDeploymentConfig(input: unknown): { config: DeploymentConfig; warnings: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { config: SAFE_DEFAULTS, warnings: ['The config is not a JSON object; the safe defaults apply.'] };
  }
  const warnings: string[] = [];
  const entries = new Map(Object.entries(input));
  for (const key of entries.keys()) if (!KNOWN_KEYS.has(key)) warnings.push(`Unknown setting "${key}" ignored.`);
  const origins = entries.get('allowedStoryOrigins');
  const allowedStoryOrigins: string[] = [];
  if (Array.isArray(origins)) {
    for (const entry of origins) {
      const origin = typeof entry === 'string' ? originOnly(entry) : null;
      if (origin) allowedStoryOrigins.push(origin);
      else warnings.push(`allowedStoryOrigins: ${JSON.stringify(entry)} ignored: give an origin such as "https://data.example.org" (http or https, no path).`);
    }
  } else if (origins !== undefined) warnings.push('allowedStoryOrigins must be a list of origins; none are allowed.');
  const other = entries.get('otherStories');
  if (other !== undefined && other !== 'ask' && other !== 'refuse') warnings.push(`otherStories must be "ask" or "refuse"; "ask" applies.`);
  return { config: { allowedStoryOrigins, otherStories: other === 'refuse' ? 'refuse' : 'ask' }, warnings };
}

/** The origin an entry names, or null unless it is an http(s) origin and nothing more (a path would suggest a narrower trust than an origin gives). */
function originOnly(entry: string): string | null {
  let url: URL;
  try {
    url = new URL(entry.trim());
  } catch {
    return null;
  }
  const bare = (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password;
  return (url.protocol === 'https:' || url.protocol === 'http:') && bare ? url.origin : null;
}
