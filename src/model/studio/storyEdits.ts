import type { Positions } from '../layout/layoutGraph';
import type { Selection } from '../selection/selection';
import type { Evidence, Paragraph, Story, StoryEdge, StoryNode } from '../story/types';
import { idFromLabel } from './articleFromText';

/** Pure edits of a story for the studio: each returns a new story and never touches the one it was given. */

function takenIds(story: Story): Set<string> {
  return new Set([...story.nodes.map((n) => n.id), ...story.edges.map((e) => e.id)]);
}

/** A node label from selected words: the words themselves, cut at a word boundary to fit the label limit. */
export function labelFromQuote(quote: string, max = 160): string {
  const clean = quote.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A new, empty story from an article: paragraphs (and where the article comes from, when known), no nodes yet. */
export function newStory(title: string, paragraphs: Paragraph[], source?: Story['article']['source']): Story {
  const clean = title.trim() || 'Untitled story';
  return { version: 1, id: idFromLabel(clean, new Set()), title: clean, article: { title: clean, ...(source ? { source } : {}), paragraphs }, nodes: [], edges: [] };
}

export function addNode(story: Story, node: { label: string; type: string; evidence?: Evidence[]; position?: { x: number; y: number } }): { story: Story; id: string } {
  const id = idFromLabel(node.label, takenIds(story));
  const created: StoryNode = { id, label: node.label.trim(), type: node.type, evidence: node.evidence ?? [], ...(node.position ? { position: node.position } : {}) };
  return { story: { ...story, nodes: [...story.nodes, created] }, id };
}

export function updateNode(story: Story, id: string, patch: Partial<Pick<StoryNode, 'label' | 'type' | 'summary' | 'aliases'>>): Story {
  return { ...story, nodes: story.nodes.map((n) => (n.id === id ? { ...n, ...patch } : n)) };
}

/** Removes a node together with the relations that touch it. */
export function removeNode(story: Story, id: string): Story {
  return { ...story, nodes: story.nodes.filter((n) => n.id !== id), edges: story.edges.filter((e) => e.source !== id && e.target !== id) };
}

export function addEdge(story: Story, edge: { source: string; target: string; label: string; type?: string; directed?: boolean }): { story: Story; id: string } {
  const id = idFromLabel(`${edge.source} ${edge.label} ${edge.target}`, takenIds(story));
  const created: StoryEdge = {
    id,
    source: edge.source,
    target: edge.target,
    label: edge.label.trim(),
    ...(edge.type ? { type: edge.type } : {}),
    ...(edge.directed === false ? { directed: false } : {}),
    evidence: [],
  };
  return { story: { ...story, edges: [...story.edges, created] }, id };
}

export function updateEdge(story: Story, id: string, patch: Partial<Pick<StoryEdge, 'label' | 'type' | 'directed'>>): Story {
  return { ...story, edges: story.edges.map((e) => (e.id === id ? { ...e, ...patch } : e)) };
}

export function removeEdge(story: Story, id: string): Story {
  return { ...story, edges: story.edges.filter((e) => e.id !== id) };
}

function mapEvidence(story: Story, owner: Selection, change: (evidence: Evidence[]) => Evidence[]): Story {
  if (owner.kind === 'node') return { ...story, nodes: story.nodes.map((n) => (n.id === owner.id ? { ...n, evidence: change(n.evidence) } : n)) };
  return { ...story, edges: story.edges.map((e) => (e.id === owner.id ? { ...e, evidence: change(e.evidence) } : e)) };
}

/** Adds a quote to a node or relation (not twice). */
export function addEvidence(story: Story, owner: Selection, evidence: Evidence): Story {
  const same = (e: Evidence) => e.paragraph === evidence.paragraph && e.quote === evidence.quote && e.prefix === evidence.prefix && e.suffix === evidence.suffix;
  return mapEvidence(story, owner, (list) => (list.some(same) ? list : [...list, evidence]));
}

export function removeEvidence(story: Story, owner: Selection, index: number): Story {
  return mapEvidence(story, owner, (list) => list.filter((_, i) => i !== index));
}

/** Saves positions (after dragging or a tidy layout), rounded to whole units. */
export function setPositions(story: Story, positions: Positions): Story {
  return {
    ...story,
    nodes: story.nodes.map((n) => {
      const p = positions.get(n.id);
      return p ? { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } } : n;
    }),
  };
}

/** Records a correction or update for readers. */
export function addChange(story: Story, change: { date: string; note: string }): Story {
  return { ...story, changes: [...(story.changes ?? []), { date: change.date, note: change.note.trim() }] };
}

/** The node or relation a problem path points at (`nodes[3].evidence[0].quote` → that node), if any. */
export function problemOwner(story: Story, path: string): Selection | null {
  const match = /^(nodes|edges)\[(\d+)\]/.exec(path);
  if (!match) return null;
  const list = match[1] === 'nodes' ? story.nodes : story.edges;
  const item = list[Number(match[2])];
  return item ? { kind: match[1] === 'nodes' ? 'node' : 'edge', id: item.id } : null;
}
