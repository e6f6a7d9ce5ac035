import { describe, expect, it } from 'vitest';
import { kindChoices } from '../../src/model/story/relationKinds';
import { smallStory } from './../helpers/stories';

describe('the kinds a relation form offers', () => {
  it("lists the story's own kinds first, then the ones the graph draws dashed or dotted, each once", () => {
    const story = smallStory();
    const own = [...new Set(story.edges.flatMap((e) => (e.type ? [e.type] : [])))];
    const kinds = kindChoices({ ...story, edges: [...story.edges, { ...story.edges[0]!, id: 'x', type: 'opposition' }] });
    expect(kinds.slice(0, own.length)).toEqual(own);
    expect(kinds).toContain('opposition');
    expect(kinds).toContain('accusation');
    expect(kinds).toContain('ideological-divergence');
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
