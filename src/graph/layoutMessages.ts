/** What the page and the layout worker say to each other, and the checks each side makes at the door. */

/** Page → worker: lay out this graph (the edges' buffer is transferred, not copied). */
export interface LayoutRequest {
  type: 'layout';
  nodeCount: number;
  edges: Uint32Array;
  seed: number;
}

/** Worker → page: how far along it is (0 to 1), then the positions, interleaved [x0, y0, x1, y1, …]. */
export type LayoutReply = { type: 'progress'; fraction: number } | { type: 'done'; positions: Float64Array };

const isObject = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null;

export function isLayoutRequest(data: unknown): data is LayoutRequest {
  return isObject(data) && data.type === 'layout' && typeof data.nodeCount === 'number' && data.edges instanceof Uint32Array && typeof data.seed === 'number';
}

export function isLayoutReply(data: unknown): data is LayoutReply {
  if (!isObject(data)) return false;
  if (data.type === 'progress') return typeof data.fraction === 'number';
  return data.type === 'done' && data.positions instanceof Float64Array;
}
