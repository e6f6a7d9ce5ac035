import { parseStory } from '../../../src/model/story/parseStory';
import type { Story } from '../../../src/model/story/types';
import type { DraftGraph } from '../../../src/model/interchange/draft';
import { smallStory } from '../../helpers/stories';

/** Text that breaks naive writers: markup, entities, both kinds of quotes, commas, line breaks and non-Latin scripts. */
export const NASTY = {
  markup: 'Tom & Jerry <b>',
  korean: '金正恩',
  cyrillic: 'Ким Чен Ын',
  quotes: `It's “frank”, isn't it? He said "no"`,
  multiline: 'Says "yes", then\r\nno; & <i>more</i>,\nthen\ttabs',
  formula: '=HYPERLINK("http://example.org","click")',
  minus: '-1 point, said "Ben"',
};

/** small-story.json with every label, summary and alias replaced by hard text, still a valid story (checked with parseStory). */
export function trickyStory(): Story {
  const story = structuredClone(smallStory());
  const [anna, ben, northland, talks] = story.nodes;
  const [met, leads] = story.edges;
  if (!anna || !ben || !northland || !talks || !met || !leads) throw new Error('small-story.json changed shape');
  story.article.paragraphs.push({ id: 'p3', text: `${NASTY.korean} said: “${NASTY.markup}” — ‘fine’, "ok", A, b.` });
  Object.assign(anna, { label: NASTY.markup, aliases: [NASTY.korean, NASTY.cyrillic, `O'Neil "the Hammer"`], summary: NASTY.multiline, position: { x: -12.5, y: 3.25 } });
  Object.assign(ben, { label: NASTY.korean, summary: NASTY.formula, evidence: [...ben.evidence, { paragraph: 'p3', quote: `“${NASTY.markup}” — ‘fine’, "ok"` }] });
  Object.assign(northland, { label: NASTY.cyrillic, summary: NASTY.minus, aliases: ['+Nord', '@north'] });
  delete northland.position;
  Object.assign(talks, { label: NASTY.quotes, type: 'summit' });
  leads.label = 'leads & "rules" <firmly>';
  delete leads.type;
  const result = parseStory(story);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result.story;
}

/** What an importer should give back for a story: its whole graph, evidence included, with directedness spelled out as exporters write it. */
export function expectedDraft(story: Story): DraftGraph {
  return {
    nodes: story.nodes.map((node) => ({
      id: node.id,
      label: node.label,
      type: node.type,
      ...(node.summary !== undefined ? { summary: node.summary } : {}),
      ...(node.aliases ? { aliases: node.aliases } : {}),
      ...(node.position ? { position: node.position } : {}),
      ...(node.evidence.length > 0 ? { evidence: node.evidence } : {}),
    })),
    edges: story.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      ...(edge.type !== undefined ? { type: edge.type } : {}),
      directed: edge.directed !== false,
      ...(edge.evidence.length > 0 ? { evidence: edge.evidence } : {}),
    })),
  };
}
