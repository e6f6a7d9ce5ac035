import type { Story, StoryEdge, StoryNode } from '../story/types';
import { aliasesText, evidenceJson, quotesText } from './flatText';
import { storyEdgeDefault } from './graphDirection';
import { dropNonXmlChars, escapeXmlText, XML_DECLARATION, xmlElement } from './xml';

const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

// Attribute ids double as titles, so a Gephi data table shows plain words. The edge's kind is "relation", not
// "type": Gephi's edge table already has a Type column (directed or undirected) that a second "type" would shadow.
// `quotes` is for people; `evidence` is the same quotes as JSON (paragraph, prefix, suffix) for the import.
const NODE_ATTRIBUTES = [['type', 'string'], ['summary', 'string'], ['aliases', 'string'], ['quotes', 'string'], ['evidence', 'string']] as const;
const EDGE_ATTRIBUTES = [['relation', 'string'], ['directed', 'boolean'], ['quotes', 'string'], ['evidence', 'string']] as const;

function attributesElement(owner: 'node' | 'edge', ids: readonly (readonly [string, string])[]): string {
  const declarations = ids.map(([id, type]) => `\n      ${xmlElement('attribute', { id, title: id, type })}`).join('');
  return `    ${xmlElement('attributes', { class: owner }, `${declarations}\n    `)}`;
}

/** `<attvalues>` for the values present; GEXF lets an element leave any attribute out. */
function attvaluesElement(values: Record<string, string | undefined>): string {
  const present = Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
  if (present.length === 0) return '';
  const items = present.map(([id, value]) => `\n          ${xmlElement('attvalue', { for: id, value })}`).join('');
  return `\n        ${xmlElement('attvalues', {}, `${items}\n        `)}`;
}

function nodeElement(node: StoryNode): string {
  const attvalues = attvaluesElement({
    type: node.type,
    summary: node.summary,
    aliases: aliasesText(node.aliases?.map(dropNonXmlChars)),
    quotes: quotesText(node.evidence),
    evidence: evidenceJson(node.evidence),
  });
  // Gephi's y axis points up and Quotegraph's down; flipping keeps the saved picture the right way up in Gephi and Gephi Lite.
  const position = node.position
    ? `\n        ${xmlElement('viz:position', { x: node.position.x, y: node.position.y === 0 ? 0 : -node.position.y, z: 0 })}`
    : '';
  return `      ${xmlElement('node', { id: node.id, label: node.label }, `${attvalues}${position}\n      `)}`;
}

function edgeElement(edge: StoryEdge): string {
  const attvalues = attvaluesElement({
    relation: edge.type,
    directed: String(edge.directed !== false),
    quotes: quotesText(edge.evidence),
    evidence: evidenceJson(edge.evidence),
  });
  // No per-edge `type`: NetworkX refuses an undirected edge in a directed graph, so a mixed story is a directed graph
  // whose symmetric relations say so in the `directed` attribute (Gephi draws them with arrows; filter on it).
  const attrs = { id: edge.id, source: edge.source, target: edge.target, label: edge.label };
  return `      ${xmlElement('edge', attrs, `${attvalues}\n      `)}`;
}

/** The story's graph as GEXF 1.3 for Gephi and Gephi Lite: labels, attributes, quotes as text, saved positions. */
export function storyToGexf(story: Story): string {
  const meta = `  ${xmlElement('meta', {}, `\n    ${xmlElement('creator', {}, 'Quotegraph')}\n    ${xmlElement('description', {}, escapeXmlText(story.title))}\n  `)}`;
  const graph = [
    attributesElement('node', NODE_ATTRIBUTES),
    attributesElement('edge', EDGE_ATTRIBUTES),
    `    ${xmlElement('nodes', {}, `\n${story.nodes.map(nodeElement).join('\n')}\n    `)}`,
    `    ${xmlElement('edges', {}, `\n${story.edges.map(edgeElement).join('\n')}\n    `)}`,
  ];
  const root = {
    xmlns: GEXF_NS,
    'xmlns:viz': VIZ_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
    version: '1.3',
  };
  const graphElement = `  ${xmlElement('graph', { defaultedgetype: storyEdgeDefault(story), mode: 'static' }, `\n${graph.join('\n')}\n  `)}`;
  return `${XML_DECLARATION}\n${xmlElement('gexf', root, `\n${meta}\n${graphElement}\n`)}\n`;
}
