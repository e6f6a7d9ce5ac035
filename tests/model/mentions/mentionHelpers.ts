import { expect } from 'vitest';
import { anchorQuote } from '../../../src/model/anchoring/anchorQuote';
import type { Mention } from '../../../src/model/mentions/mention';
import type { Story, StoryNode } from '../../../src/model/story/types';

/** A story of the given paragraphs and nodes (no edges), for the searches. */
export function storyOf(paragraphs: string[], nodes: Partial<StoryNode>[]): Story {
  return {
    version: 1,
    id: 's',
    title: 'S',
    article: { title: 'A', paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })) },
    nodes: nodes.map((n, i) => ({ id: n.id ?? `n${i}`, label: n.label ?? `N${i}`, type: n.type ?? 'person', evidence: n.evidence ?? [], ...(n.aliases ? { aliases: n.aliases } : {}) })),
    edges: [],
  };
}

/** Every mention anchors, with its own prefix and suffix, exactly where it was found. */
export function expectAnchoredWhereFound(story: Story, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    const text = story.article.paragraphs.find((p) => p.id === m.paragraph)?.text ?? '';
    expect(text.slice(m.start, m.end)).toBe(m.quote);
    expect(anchorQuote(text, { exact: m.quote, prefix: m.prefix, suffix: m.suffix })).toEqual({ ok: true, start: m.start, end: m.end });
  }
}

