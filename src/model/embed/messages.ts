import '../zodConfig';
import { z } from 'zod';

/** Commands a host page may send to an embedded frame (postMessage). Steps are counted from 1, as readers do. */
export const EmbedCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('quotegraph:select'), id: z.string().min(1).max(200) }),
  z.strictObject({ type: z.literal('quotegraph:clear') }),
  z.strictObject({ type: z.literal('quotegraph:focus'), ids: z.array(z.string().min(1).max(200)).max(500) }),
  z.strictObject({ type: z.literal('quotegraph:step'), step: z.number().int().min(1).max(1000) }),
  z.strictObject({ type: z.literal('quotegraph:fit') }),
]);
export type EmbedCommand = z.infer<typeof EmbedCommandSchema>;

/** Events an embedded frame sends to its host. */
export type EmbedEvent =
  | { type: 'quotegraph:ready'; story: { id: string; title: string; steps: number } }
  | { type: 'quotegraph:select'; selection: { kind: 'node' | 'edge'; id: string } | null }
  | { type: 'quotegraph:step'; step: number | null }
  | { type: 'quotegraph:height'; height: number };

/** A well-formed command, or null for anything else (which is ignored, never an error). */
export function parseEmbedCommand(data: unknown): EmbedCommand | null {
  const parsed = EmbedCommandSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
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
