import type { Story, StoryEdge, StoryNode } from '../story/types';
import { quoteLine } from './flatText';

/** One FollowTheMoney entity as Aleph and OpenSanctions read them: every property a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

// Node types to the closest FtM schema. A nation is the state acting in the story, so a PublicBody carrying its
// country code (FtM keeps countries as a property, not as entities); an idea or anything FtM has no schema for is a Note.
const NODE_SCHEMA = new Map([
  ['person', 'Person'],
  ['organization', 'Organization'], ['organisation', 'Organization'], ['group', 'Organization'], ['party', 'Organization'],
  ['company', 'Company'],
  ['nation', 'PublicBody'], ['country', 'PublicBody'], ['state', 'PublicBody'], ['government', 'PublicBody'],
  ['event', 'Event'], ['activity', 'Event'], ['meeting', 'Event'],
  ['place', 'Address'], ['city', 'Address'], ['location', 'Address'],
]);

// ISO 3166 codes for the countries stories name most; a nation not here gets no country property, never a guess.
const COUNTRY_CODES = new Map([
  ['china', 'cn'], ['north korea', 'kp'], ['dprk', 'kp'], ['south korea', 'kr'], ['russia', 'ru'], ['ukraine', 'ua'],
  ['united states', 'us'], ['usa', 'us'], ['us', 'us'], ['japan', 'jp'], ['taiwan', 'tw'], ['india', 'in'], ['iran', 'ir'],
  ['israel', 'il'], ['united kingdom', 'gb'], ['uk', 'gb'], ['france', 'fr'], ['germany', 'de'], ['italy', 'it'],
  ['spain', 'es'], ['poland', 'pl'], ['turkey', 'tr'], ['türkiye', 'tr'], ['syria', 'sy'], ['belarus', 'by'],
  ['vietnam', 'vn'], ['mongolia', 'mn'], ['pakistan', 'pk'], ['brazil', 'br'], ['mexico', 'mx'], ['canada', 'ca'],
  ['saudi arabia', 'sa'], ['egypt', 'eg'], ['south africa', 'za'], ['nigeria', 'ng'], ['australia', 'au'],
]);

const PERSONS = new Set(['Person']);
const ORGANIZATIONS = new Set(['Organization', 'PublicBody', 'Company']);
const LEGAL_ENTITIES = new Set([...PERSONS, ...ORGANIZATIONS]);

/** The interval schema for a relation, with the properties naming its two ends; UnknownLink where nothing closer fits the ends. */
function edgeSchema(edge: StoryEdge, from: string, to: string): { schema: string; source: string; target: string; role: string } {
  const kind = (edge.type ?? '').toLowerCase();
  if (kind === 'family' && PERSONS.has(from) && PERSONS.has(to)) return { schema: 'Family', source: 'person', target: 'relative', role: 'relationship' };
  if ((kind === 'friendship' || kind === 'associate') && PERSONS.has(from) && PERSONS.has(to)) return { schema: 'Associate', source: 'person', target: 'associate', role: 'relationship' };
  if (kind === 'membership' && LEGAL_ENTITIES.has(from) && ORGANIZATIONS.has(to)) return { schema: 'Membership', source: 'member', target: 'organization', role: 'role' };
  if (kind === 'employment' && PERSONS.has(from) && ORGANIZATIONS.has(to)) return { schema: 'Employment', source: 'employee', target: 'employer', role: 'role' };
  return { schema: 'UnknownLink', source: 'subject', target: 'object', role: 'role' };
}

/** Properties with at least one non-empty value; FtM readers treat a missing property and an empty list alike. */
function props(values: Record<string, (string | undefined)[]>): Record<string, string[]> {
  const entries = Object.entries(values).map(([name, list]) => [name, list.filter((v): v is string => v !== undefined && /\S/.test(v))] as const);
  return Object.fromEntries(entries.filter(([, list]) => list.length > 0));
}

function articleEntity(story: Story, id: string): FtmEntity {
  const { article } = story;
  return {
    id,
    schema: 'Article',
    properties: props({
      title: [article.title],
      name: [article.title],
      bodyText: [article.paragraphs.map((p) => p.text).join('\n\n')],
      publisher: [article.source?.name],
      sourceUrl: [article.source?.url],
      publishedAt: [article.source?.published],
      summary: [story.description],
    }),
  };
}

function nodeEntity(node: StoryNode, schema: string, id: string, articleId: string): FtmEntity {
  const country = schema === 'PublicBody' ? [node.label, ...(node.aliases ?? [])].map((name) => COUNTRY_CODES.get(name.trim().toLowerCase())).find(Boolean) : undefined;
  return {
    id,
    schema,
    properties: props({
      name: [node.label],
      alias: [...(node.aliases ?? [])],
      summary: [node.summary],
      // The supporting quotes, one per value, each naming its paragraph; the article is the proof.
      notes: node.evidence.map(quoteLine),
      proof: [articleId],
      country: [country],
      ...(schema === 'Address' ? { full: [node.label] } : {}),
    }),
  };
}

/**
 * The story as FollowTheMoney entities for Aleph and OpenSanctions tooling: the article as an Article, each node as
 * the closest schema, each relation as the closest interval schema (Family, Associate, Membership, Employment, else
 * UnknownLink) naming its ends, with its label as the role and its quotes as the description. Intervals have no
 * `proof` property in FtM, so relations cite the article by its address (`sourceUrl`) when it has one.
 */
export function storyToFtm(story: Story): FtmEntity[] {
  const entityId = (id: string) => `${story.id}.${id}`;
  // Node and edge entities are "<story id>.<id>"; the article's has a hyphen after the story id instead, so no id meets it.
  const articleId = `${story.id}--article`;
  const schemaOf = new Map(story.nodes.map((node) => [node.id, NODE_SCHEMA.get(node.type.toLowerCase()) ?? 'Note']));
  const nodes = story.nodes.map((node) => nodeEntity(node, schemaOf.get(node.id) ?? 'Note', entityId(node.id), articleId));
  const edges = story.edges.map((edge): FtmEntity => {
    const shape = edgeSchema(edge, schemaOf.get(edge.source) ?? 'Note', schemaOf.get(edge.target) ?? 'Note');
    return {
      id: entityId(edge.id),
      schema: shape.schema,
      properties: props({
        [shape.source]: [entityId(edge.source)],
        [shape.target]: [entityId(edge.target)],
        [shape.role]: [edge.label],
        summary: [edge.type],
        description: [edge.evidence.map(quoteLine).join('\n')],
        sourceUrl: [story.article.source?.url],
      }),
    };
  });
  return [articleEntity(story, articleId), ...nodes, ...edges];
}

/** FtM's line-based JSON: one entity per line, as `ftm` and Aleph's import read it. */
export function storyToFtmLines(story: Story): string {
  return storyToFtm(story).map((entity) => `${JSON.stringify(entity)}\n`).join('');
}
