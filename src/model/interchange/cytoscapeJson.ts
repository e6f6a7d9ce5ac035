import type { Story } from '../story/types';
import { evidenceJson, quoteLine } from './flatText';
import { storyEdgeDefault } from './graphDirection';
import { storyFrame } from './storyFrame';

/**
 * A node as Cytoscape desktop (.cyjs) and `cy.json()` write it; `name` is what Cytoscape desktop shows as the label,
 * `value` is the node's key for NetworkX's `cytoscape_graph`, `quotes` is for reading and `evidence` (JSON text, so
 * Cytoscape desktop keeps it as one string column) is what the import reads back.
 */
export interface CytoscapeNodeJson {
  data: { id: string; value: string; name: string; label: string; type: string; summary?: string; aliases?: string[]; quotes: string[]; evidence: string };
  position?: { x: number; y: number };
}

/** An edge as Cytoscape desktop and `cy.json()` write it; `interaction` is Cytoscape desktop's name for the relation, `key` NetworkX's. */
export interface CytoscapeEdgeJson {
  data: { id: string; key: string; source: string; target: string; label: string; interaction: string; type?: string; directed: boolean; quotes: string[]; evidence: string };
}

/**
 * A whole graph in the `elements: { nodes, edges }` layout Cytoscape desktop, Cytoscape.js and NetworkX's
 * `cytoscape_graph` read. `data.story` holds the article and the story's own fields as JSON text.
 */
export interface CytoscapeJson {
  format_version: '1.0';
  generated_by: 'Quotegraph';
  directed: boolean;
  multigraph: true;
  data: { name: string; story: string };
  elements: { nodes: CytoscapeNodeJson[]; edges: CytoscapeEdgeJson[] };
}

/** The story's graph as Cytoscape JSON (.cyjs), quotes as lists of readable lines and as evidence JSON. */
export function storyToCytoscapeJson(story: Story): CytoscapeJson {
  const nodes = story.nodes.map((node): CytoscapeNodeJson => ({
    data: {
      id: node.id,
      value: node.id,
      name: node.label,
      label: node.label,
      type: node.type,
      ...(node.summary !== undefined ? { summary: node.summary } : {}),
      ...(node.aliases ? { aliases: [...node.aliases] } : {}),
      quotes: node.evidence.map(quoteLine),
      evidence: evidenceJson(node.evidence),
    },
    ...(node.position ? { position: { x: node.position.x, y: node.position.y } } : {}),
  }));
  const edges = story.edges.map((edge): CytoscapeEdgeJson => ({
    data: {
      id: edge.id,
      key: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      interaction: edge.label,
      ...(edge.type !== undefined ? { type: edge.type } : {}),
      // Written out even when the story leaves it to the default, so another tool needs no knowledge of Quotegraph's defaults.
      directed: edge.directed !== false,
      quotes: edge.evidence.map(quoteLine),
      evidence: evidenceJson(edge.evidence),
    },
  }));
  return {
    format_version: '1.0',
    generated_by: 'Quotegraph',
    directed: storyEdgeDefault(story) === 'directed',
    multigraph: true,
    data: { name: story.title, story: JSON.stringify(storyFrame(story)) },
    elements: { nodes, edges },
  };
}
