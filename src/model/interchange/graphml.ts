import type { Story, StoryEdge, StoryNode } from '../story/types';
import { aliasesText, evidenceJson, quotesText } from './flatText';
import { storyEdgeDefault } from './graphDirection';
import { storyFrame } from './storyFrame';
import { dropNonXmlChars, escapeXmlText, XML_DECLARATION, xmlElement } from './xml';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

interface KeyDeclaration {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: 'string' | 'double' | 'boolean';
}

// Key ids are prefixed by owner because GraphML wants them unique across nodes and edges; tools show `attr.name`.
// `quotes` is for people (one readable line per quote); `evidence` is the same quotes as JSON with paragraph, prefix
// and suffix, which the import reads back; `story` holds the article and the story's own fields.
const KEYS: KeyDeclaration[] = [
  { id: 'graph_story', for: 'graph', name: 'story', type: 'string' },
  { id: 'node_label', for: 'node', name: 'label', type: 'string' },
  { id: 'node_type', for: 'node', name: 'type', type: 'string' },
  { id: 'node_summary', for: 'node', name: 'summary', type: 'string' },
  { id: 'node_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'node_x', for: 'node', name: 'x', type: 'double' },
  { id: 'node_y', for: 'node', name: 'y', type: 'double' },
  { id: 'node_quotes', for: 'node', name: 'quotes', type: 'string' },
  { id: 'node_evidence', for: 'node', name: 'evidence', type: 'string' },
  // The edge's id again as data: igraph 1.0 fills its own `id` edge attribute with vertex ids when it reads GraphML.
  { id: 'edge_id', for: 'edge', name: 'edge_id', type: 'string' },
  { id: 'edge_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'edge_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'edge_directed', for: 'edge', name: 'directed', type: 'boolean' },
  { id: 'edge_quotes', for: 'edge', name: 'quotes', type: 'string' },
  { id: 'edge_evidence', for: 'edge', name: 'evidence', type: 'string' },
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
    node_aliases: aliasesText(node.aliases?.map(dropNonXmlChars)),
    // Screen coordinates, y pointing down, as Quotegraph and Cytoscape draw them.
    node_x: node.position?.x,
    node_y: node.position?.y,
    node_quotes: quotesText(node.evidence),
    node_evidence: evidenceJson(node.evidence),
  });
  return `    ${xmlElement('node', { id: node.id }, `${data}\n    `)}`;
}

function edgeElement(edge: StoryEdge): string {
  const data = dataElements({
    edge_id: edge.id,
    edge_label: edge.label,
    edge_type: edge.type,
    edge_directed: edge.directed !== false,
    edge_quotes: quotesText(edge.evidence),
    edge_evidence: evidenceJson(edge.evidence),
  });
  // No `directed` attribute on the edge: NetworkX refuses a file whose edges disagree with the graph's edgedefault
  // ("directed=false edge found in directed graph"), and igraph ignores it. The `directed` data value says it instead.
  return `    ${xmlElement('edge', { id: edge.id, source: edge.source, target: edge.target }, `${data}\n    `)}`;
}


/** The story's graph as GraphML 1.0 (yEd, Gephi, NetworkX, igraph), every node and edge carrying its quotes as text. */
export function storyToGraphML(story: Story): string {
  const keys = KEYS.map((key) => `  ${xmlElement('key', { id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': key.type })}`);
  const graph = [
    `    ${xmlElement('desc', {}, escapeXmlText(story.title))}`,
    `    ${xmlElement('data', { key: 'graph_story' }, escapeXmlText(JSON.stringify(storyFrame(story))))}`,
    ...story.nodes.map(nodeElement),
    ...story.edges.map(edgeElement),
  ];
  const root = {
    xmlns: GRAPHML_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  };
  const body = [...keys, `  ${xmlElement('graph', { id: story.id, edgedefault: storyEdgeDefault(story) }, `\n${graph.join('\n')}\n  `)}`];
  return `${XML_DECLARATION}\n${xmlElement('graphml', root, `\n${body.join('\n')}\n`)}\n`;
}
