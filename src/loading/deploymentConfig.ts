import { readDeploymentConfig, SAFE_DEFAULTS, type DeploymentConfig } from '../model/trust/deploymentConfig';
import { fetchTextWithin, type FetchLimits } from './fetchWithin';

/** The config file's name, beside index.html: a newsroom edits it on its server without rebuilding. */
export const CONFIG_FILE = 'quotegraph.config.json';

/** A config is a few lines: it must come quickly or the safe defaults apply. */
const CONFIG_LIMITS: FetchLimits = { maxBytes: 64 * 1024, answerMs: 5_000, stallMs: 5_000, totalMs: 10_000 };

/**
 * Fetches the deployment's config from the page's own folder and origin (never from elsewhere, even by redirect).
 * Missing, slow, too large or broken: the safe defaults, with a warning in the console. Never rejects.
 */
export async function fetchDeploymentConfig(pageUrl: string, fetchImpl?: typeof fetch): Promise<DeploymentConfig> {
  const address = new URL(CONFIG_FILE, pageUrl);
  const fetched = await fetchTextWithin(address.href, CONFIG_LIMITS, {
    credentials: 'same-origin',
    // Revalidated on every load, so an edited config applies at once even behind a cache.
    cache: 'no-cache',
    keepTo: (finalUrl) => new URL(finalUrl, address).origin === address.origin,
    ...(fetchImpl ? { fetchImpl } : {}),
  });
  if (!fetched.ok) {
    console.warn(`Quotegraph: ${CONFIG_FILE} could not be read (${fetched.reason}); stories from other origins are asked about.`);
    return SAFE_DEFAULTS;
  }
  let json: unknown;
  try {
    json = JSON.parse(fetched.text);
  } catch {
    console.warn(`Quotegraph: ${CONFIG_FILE} is not valid JSON; stories from other origins are asked about.`);
    return SAFE_DEFAULTS;
  }
  const { config, warnings } = readDeploymentConfig(json);
  for (const warning of warnings) console.warn(`Quotegraph: ${CONFIG_FILE}: ${warning}`);
  return config;
}

let cached: { pageFolder: string; config: Promise<DeploymentConfig> } | null = null;

/** The config for this page, fetched once (the explorer may ask again when a story is opened from a URL). */
export function deploymentConfigFor(pageUrl: string): Promise<DeploymentConfig> {
  const pageFolder = new URL('./', pageUrl).href;
  if (cached?.pageFolder !== pageFolder) cached = { pageFolder, config: fetchDeploymentConfig(pageUrl) };
  return cached.config;
}
