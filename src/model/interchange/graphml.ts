import type { Story, StoryEdge, StoryNode } from '../story/types';
import { aliasesText, quotesText } from './flatText';
import { escapeXmlText, XML_DECLARATION, xmlElement } from './xml';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

interface KeyDeclaration {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'double' | 'boolean';
}

// Key ids are prefixed by owner because GraphML wants them unique across nodes and edges; tools show `attr.name`.
const KEYS: KeyDeclaration[] = [
  { id: 'node_label', for: 'node', name: 'label', type: 'string' },
  { id: 'node_type', for: 'node', name: 'type', type: 'string' },
  { id: 'node_summary', for: 'node', name: 'summary', type: 'string' },
  { id: 'node_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'node_x', for: 'node', name: 'x', type: 'double' },
  { id: 'node_y', for: 'node', name: 'y', type: 'double' },
  { id: 'node_quotes', for: 'node', name: 'quotes', type: 'string' },
  { id: 'edge_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'edge_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'edge_directed', for: 'edge', name: 'directed', type: 'boolean' },
  { id: 'edge_quotes', for: 'edge', name: 'quotes', type: 'string' },
];

/** One `<data>` child per value present; absent values are left out rather than written empty. */
function dataElements(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `\n      ${xmlElement('data', { key }, escapeXmlText(String(value)))}`)
    .join('');
}

function nodeElement(node: StoryNode): string {
  const data = dataElements({
    node_label: node.label,
    node_type: node.type,
    node_summary: node.summary,
    node_aliases: aliasesText(node.aliases),
    // Screen coordinates, y pointing down, as Quotegraph and Cytoscape draw them.
    node_x: node.position?.x,
    node_y: node.position?.y,
    node_quotes: quotesText(node.evidence),
  });
  return `    ${xmlElement('node', { id: node.id }, `${data}\n    `)}`;
}

function edgeElement(edge: StoryEdge): string {
  const directed = edge.directed !== false;
  const data = dataElements({
    edge_label: edge.label,
    edge_type: edge.type,
    edge_directed: directed,
    edge_quotes: quotesText(edge.evidence),
  });
  const attrs = { id: edge.id, source: edge.source, target: edge.target, directed: directed ? undefined : 'false' };
  return `    ${xmlElement('edge', attrs, `${data}\n    `)}`;
}

/** The story's graph as GraphML 1.0 (yEd, Gephi, NetworkX, igraph), every node and edge carrying its quotes as text. */
export function storyToGraphML(story: Story): string {
  const keys = KEYS.map((key) => `  ${xmlElement('key', { id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': key.type })}`);
  const graph = [
    `    ${xmlElement('desc', {}, escapeXmlText(story.title))}`,
    ...story.nodes.map(nodeElement),
    ...story.edges.map(edgeElement),
  ];
  const root = {
    xmlns: GRAPHML_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  };
  const body = [...keys, `  ${xmlElement('graph', { id: story.id, edgedefault: 'directed' }, `\n${graph.join('\n')}\n  `)}`];
  return `${XML_DECLARATION}\n${xmlElement('graphml', root, `\n${body.join('\n')}\n`)}\n`;
}
