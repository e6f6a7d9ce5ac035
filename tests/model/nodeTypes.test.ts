import { describe, expect, it } from 'vitest';
import { nodeTypeStyle } from '../../src/graph/nodeTypeStyles';
import { announceSelection } from '../../src/model/graph/describe';
import { buildStoryIndex } from '../../src/model/graph/storyIndex';
import { KNOWN_TYPES, typeName, typeNameInSentence } from '../../src/model/story/nodeTypes';
import { defaultStory } from '../helpers/stories';

describe('node type names, in the product’s words', () => {
  it('names the types the product knows as it does, whatever the story format calls them', () => {
    expect(KNOWN_TYPES.map(typeName)).toEqual(['Person', 'Nation', 'Group', 'Organisation', 'Ideology', 'Event', 'Place']);
    expect(typeNameInSentence('organization')).toBe('organisation');
  });

  it('keeps a story’s own type as the curator wrote it (a capital for headings, as written in a sentence)', () => {
    expect(typeName('summit')).toBe('Summit');
    expect(typeNameInSentence('NGO')).toBe('NGO');
    expect(typeName('constructor')).toBe('Constructor');
  });

  it('draws every type it names in a style of its own, not the neutral one', () => {
    const neutral = nodeTypeStyle('some-type-nobody-styles');
    for (const type of KNOWN_TYPES) {
      expect(nodeTypeStyle(type).name).toBe(typeName(type));
      expect(nodeTypeStyle(type).shape, type).not.toBe(neutral.shape);
    }
  });

  it('announces an organisation as one, not as the format’s “organization”', () => {
    const story = defaultStory();
    const message = announceSelection(buildStoryIndex(story), { kind: 'node', id: 'chinese-communist-party' });
    expect(message).toMatch(/^Selected organisation Chinese Communist Party: \d+ relations?, \d+ supporting quotes?\.$/);
    expect(message).not.toContain('organization');
  });
});
