import { describe, expect, it } from 'vitest';
import { exportFiles, type ExportFormat } from '../../../src/model/interchange/exportFormats';
import { graphFromFiles, type NamedText } from '../../../src/model/interchange/graphFiles';
import { storyFrame, storyFromDraft } from '../../../src/model/interchange/storyFrame';
import { dropNonXmlChars } from '../../../src/model/interchange/xml';
import { parseStory } from '../../../src/model/story/parseStory';
import type { Story } from '../../../src/model/story/types';
import { loadStory } from '../../helpers/stories';

// Whole stories through every format and back, as `npm run convert` and the studio's Import do it: the files a
// format writes, read again from their bytes, give back the same story (checked with parseStory).

const INTERCHANGE_STORIES = [
  'data/xi-kim-beijing.json',
  'tests/fixtures/interchange-nonlatin-story.json',
  'tests/fixtures/interchange-hostile-story.json',
  'tests/fixtures/odd-names-story.json',
  'tests/fixtures/small-story.json',
];

const asFile = (name: string, text: string): NamedText => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
};

/**
 * The story as a format gives it back: direction spelled out, an empty list of other names as none (no format tells
 * them apart); in XML, graph text without the characters XML cannot hold (the one documented loss).
 */
function expectedBack(story: Story, xml: boolean): Story {
  const text = (t: string) => (xml ? dropNonXmlChars(t) : t);
  return {
    ...story,
    nodes: story.nodes.map(({ aliases, ...node }) => ({
      ...node,
      label: text(node.label),
      type: text(node.type),
      ...(node.summary !== undefined ? { summary: text(node.summary) } : {}),
      ...(aliases && aliases.length > 0 ? { aliases: aliases.map(text) } : {}),
    })),
    edges: story.edges.map((edge) => ({ ...edge, label: text(edge.label), ...(edge.type !== undefined ? { type: text(edge.type) } : {}), directed: edge.directed !== false })),
  };
}

// GraphML and Cytoscape JSON carry the article and the story's fields; GEXF and CSV do not, so they are given back
// from the original, as `convert --article` and the studio (which keeps its own article) do.
const CARRIES_ARTICLE: Record<Exclude<ExportFormat, 'story' | 'ftm'>, boolean> = { graphml: true, cytoscape: true, gexf: false, csv: false };

describe.each(INTERCHANGE_STORIES)('%s through every format and back', (path) => {
  const story = loadStory(path);
  it.each(Object.entries(CARRIES_ARTICLE))('%s gives back the same story', async (format, carries) => {
    const files = exportFiles(story, format as ExportFormat).map((file) => asFile(file.name, file.text));
    const read = await graphFromFiles(files);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const back = parseStory(storyFromDraft(read.draft, 'fallback', carries ? undefined : storyFrame(story)));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.story).toEqual(expectedBack(story, format === 'graphml' || format === 'gexf'));
    expect(read.notes ?? []).toEqual([]);
  });

});
