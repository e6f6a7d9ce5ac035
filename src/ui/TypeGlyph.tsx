import { nodeTypeStyle, type NodeTypeStyle } from '../graph/nodeTypeStyles';

// Keyed by our own shape names only, never by a story's text.
const POINTS: Partial<Record<NodeTypeStyle['shape'], string>> = {
  'round-hexagon': '4,1 12,1 16,8 12,15 4,15 0,8',
  'round-diamond': '8,0 16,8 8,16 0,8',
  rhomboid: '4,2 16,2 12,14 0,14',
  'round-triangle': '8,1 16,15 0,15',
  'round-pentagon': '8,0 16,6 13,16 3,16 0,6',
  'round-octagon': '5,0 11,0 16,5 16,11 11,16 5,16 0,11 0,5',
};

/** The shape and colour a node type has on the graph, small, for the legend and panels. Decorative: the type name is always written beside it. */
export function TypeGlyph({ type }: { type: string }) {
  const { colour, shape } = nodeTypeStyle(type);
  const points = POINTS[shape];
  return (
    <svg className="type-glyph" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {shape === 'ellipse' && <circle cx="8" cy="8" r="7.5" fill={colour} />}
      {shape === 'round-rectangle' && <rect x="1" y="1" width="14" height="14" rx="3" fill={colour} />}
      {points !== undefined && <polygon points={points} fill={colour} strokeLinejoin="round" />}
    </svg>
  );
}
