import { anchorQuote } from '../anchoring/anchorQuote';
import type { Selection } from '../selection/selection';
import type { Evidence, Paragraph, Story, StoryEdge, StoryNode } from '../story/types';

/** An evidence item placed in its paragraph, with what it supports. */
export interface AnchoredEvidence {
  evidence: Evidence;
  paragraphId: string;
  start: number;
  end: number;
  owner: Selection;
}

/** Lookups over a validated story, built once so panels and the reader never scan the whole story. */
export interface StoryIndex {
  nodes: Map<string, StoryNode>;
  edges: Map<string, StoryEdge>;
  paragraphs: Map<string, Paragraph>;
  /** Paragraph number as a reader counts it (1-based). */
  paragraphNumber: Map<string, number>;
  /** Edges touching each node, in story order. */
  edgesByNode: Map<string, StoryEdge[]>;
  /** Anchored evidence of each node or edge, keyed `node:<id>` / `edge:<id>`. */
  evidenceByOwner: Map<string, AnchoredEvidence[]>;
  /** Anchored evidence in each paragraph, sorted by start. */
  evidenceByParagraph: Map<string, AnchoredEvidence[]>;
}

export function ownerKey(owner: Selection): string {
  return `${owner.kind}:${owner.id}`;
}

export function buildStoryIndex(story: Story): StoryIndex {
  const index: StoryIndex = {
    nodes: new Map(story.nodes.map((n) => [n.id, n])),
    edges: new Map(story.edges.map((e) => [e.id, e])),
    paragraphs: new Map(story.article.paragraphs.map((p) => [p.id, p])),
    paragraphNumber: new Map(story.article.paragraphs.map((p, i) => [p.id, i + 1])),
    edgesByNode: new Map(story.nodes.map((n) => [n.id, []])),
    evidenceByOwner: new Map(),
    evidenceByParagraph: new Map(story.article.paragraphs.map((p) => [p.id, []])),
  };
  for (const edge of story.edges) {
    index.edgesByNode.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) index.edgesByNode.get(edge.target)?.push(edge);
  }
  const place = (owner: Selection, evidence: Evidence[]) => {
    const placed: AnchoredEvidence[] = [];
    for (const item of evidence) {
      const text = index.paragraphs.get(item.paragraph)?.text;
      if (text === undefined) continue;
      const anchor = anchorQuote(text, { exact: item.quote, prefix: item.prefix, suffix: item.suffix });
      if (!anchor.ok) continue;
      const anchored = { evidence: item, paragraphId: item.paragraph, start: anchor.start, end: anchor.end, owner };
      placed.push(anchored);
      index.evidenceByParagraph.get(item.paragraph)?.push(anchored);
    }
    index.evidenceByOwner.set(ownerKey(owner), placed);
  };
  for (const node of story.nodes) place({ kind: 'node', id: node.id }, node.evidence);
  for (const edge of story.edges) place({ kind: 'edge', id: edge.id }, edge.evidence);
  for (const list of index.evidenceByParagraph.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return index;
}
