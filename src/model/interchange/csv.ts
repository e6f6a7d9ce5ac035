import type { Story } from '../story/types';
import { aliasesText, evidenceJson, quotesText } from './flatText';
import { csvTable } from './csvRecords';

const NODE_COLUMNS = ['id', 'label', 'type', 'summary', 'aliases', 'x', 'y', 'quotes', 'evidence'] as const;
const EDGE_COLUMNS = ['id', 'source', 'target', 'label', 'type', 'directed', 'quotes', 'evidence'] as const;

/**
 * The story's graph as two CSV tables (nodes, edges) for spreadsheets, Gephi's spreadsheet import and scripts.
 * `quotes` is for people (one line per quote); `evidence` holds the same quotes as JSON with paragraph, prefix and
 * suffix, which the import reads back. Neither table carries the article (`convert --article` supplies it).
 */
export function storyToCsv(story: Story): { nodes: string; edges: string } {
  const nodes = story.nodes.map((node) => [
    node.id, node.label, node.type, node.summary ?? '', aliasesText(node.aliases),
    node.position?.x ?? '', node.position?.y ?? '', quotesText(node.evidence), evidenceJson(node.evidence),
  ]);
  const edges = story.edges.map((edge) => [
    edge.id, edge.source, edge.target, edge.label, edge.type ?? '',
    // Written out even when the story leaves it to the default, so a spreadsheet reader sees every relation's kind.
    edge.directed === false ? 'false' : 'true', quotesText(edge.evidence), evidenceJson(edge.evidence),
  ]);
  return { nodes: csvTable([NODE_COLUMNS, ...nodes]), edges: csvTable([EDGE_COLUMNS, ...edges]) };
}
