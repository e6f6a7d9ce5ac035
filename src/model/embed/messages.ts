/*
 * The frame's postMessage commands, checked by hand: five small shapes, read the way the zod schema they replaced
 * read them (tests/model/embed.test.ts holds the two together), so the iframe loads no zod to listen to its host.
 */

/** Commands a host page may send to an embedded frame (postMessage). Steps are counted from 1, as readers do. */
export type EmbedCommand =
  | { type: 'quotegraph:select'; id: string }
  | { type: 'quotegraph:clear' }
  | { type: 'quotegraph:focus'; ids: string[] }
  | { type: 'quotegraph:step'; step: number }
  | { type: 'quotegraph:fit' };

/** Limits on a command: an id's length, how many ids one focus names, the highest step. */
export const COMMAND_LIMITS = { id: 200, ids: 500, step: 1000 } as const;

/** Events an embedded frame sends to its host. */
export type EmbedEvent =
  | { type: 'quotegraph:ready'; story: { id: string; title: string; steps: number } }
  | { type: 'quotegraph:select'; selection: { kind: 'node' | 'edge'; id: string } | null }
  | { type: 'quotegraph:step'; step: number | null }
  | { type: 'quotegraph:height'; height: number };

const isId = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= COMMAND_LIMITS.id;

/** A copy of a list of ids, or null when it is not one (every index is read, holes included). */
function idList(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > COMMAND_LIMITS.ids) return null;
  const ids: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const id: unknown = value[i];
    if (!isId(id)) return null;
    ids.push(id);
  }
  return ids;
}

/** A well-formed command, or null for anything else (which is ignored, never an error). */
export function parseEmbedCommand(data: unknown): EmbedCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  // No key beyond the command's own, counted as for…in counts them (inherited enumerable keys too).
  const onlyKeys = (...keys: string[]) => {
    for (const key in data) if (!keys.includes(key)) return false;
    return true;
  };
  const type: unknown = Reflect.get(data, 'type');
  switch (type) {
    case 'quotegraph:clear':
    case 'quotegraph:fit':
      return onlyKeys('type') ? { type } : null;
    case 'quotegraph:select': {
      const id: unknown = Reflect.get(data, 'id');
      return onlyKeys('type', 'id') && isId(id) ? { type, id } : null;
    }
    case 'quotegraph:focus': {
      const ids = idList(Reflect.get(data, 'ids'));
      return onlyKeys('type', 'ids') && ids ? { type, ids } : null;
    }
    case 'quotegraph:step': {
      const step: unknown = Reflect.get(data, 'step');
      const valid = typeof step === 'number' && Number.isInteger(step) && step >= 1 && step <= COMMAND_LIMITS.step;
      return onlyKeys('type', 'step') && valid ? { type, step } : null;
    }
    default:
      return null;
  }
}

/**
 * The origins a frame listens to and posts to: those named in `allow` (comma-separated), else the embedding
 * page's own origin. Only exact, well-formed http(s) origins count; anything else is dropped.
 */
export function allowedOrigins(allowParam: string | null, parentOrigin: string | null): string[] {
  const candidates = allowParam !== null ? allowParam.split(',') : parentOrigin ? [parentOrigin] : [];
  const origins: string[] = [];
  for (const candidate of candidates) {
    try {
      const url = new URL(candidate.trim());
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === candidate.trim().replace(/\/$/, '')) origins.push(url.origin);
    } catch {
      // not an origin: ignored
    }
  }
  return origins;
}
