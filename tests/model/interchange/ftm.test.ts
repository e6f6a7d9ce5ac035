import { defaultModel, Model } from '@alephdata/followthemoney';
import { describe, expect, it } from 'vitest';
import { storyToFtm, storyToFtmLines } from '../../../src/model/interchange/ftm';
import { loadStory } from '../../helpers/stories';

// The FtM export checked against FollowTheMoney's own model (the @alephdata/followthemoney package, the schema
// Aleph and OpenSanctions use): every schema exists and is concrete, every property belongs to its schema, entity
// references point at entities in the output whose schema fits the property's range, values fit their length
// limits and type (countries are codes the model knows), and relations are the model's edge schemata.

const model = new Model(defaultModel);
const STORIES = ['data/xi-kim-beijing.json', 'tests/fixtures/interchange-nonlatin-story.json', 'tests/fixtures/interchange-hostile-story.json', 'tests/fixtures/odd-names-story.json'];

describe.each(STORIES)('storyToFtm(%s)', (path) => {
  const story = loadStory(path);
  const entities = storyToFtm(story);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));

  it('writes the article, one entity per node and one per relation, with unique ids', () => {
    expect(entities).toHaveLength(1 + story.nodes.length + story.edges.length);
    expect(byId.size).toBe(entities.length);
    expect(entities[0]?.schema).toBe('Article');
  });

  it("uses only the model's schemata and properties, with values that fit them", () => {
    for (const entity of entities) {
      const schema = model.getSchema(entity.schema);
      expect(schema.abstract, entity.schema).toBe(false);
      for (const [name, values] of Object.entries(entity.properties)) {
        expect(schema.hasProperty(name), `${entity.schema}.${name}`).toBe(true);
        const property = schema.getProperty(name);
        expect(values.length).toBeGreaterThan(0);
        for (const value of values) {
          expect(value.length, `${entity.schema}.${name}`).toBeLessThanOrEqual(property.maxLength);
          if (property.type.name === 'entity') {
            const target = byId.get(value);
            expect(target, `${entity.id} ${name} → ${value}`).toBeDefined();
            expect(model.getSchema(target?.schema).isA(property.getRange()), `${name} → ${target?.schema}`).toBe(true);
          }
          if (property.type.name === 'country') expect(property.type.values.has(value), value).toBe(true);
        }
      }
      // The package's own entity reader takes every entity as it is.
      expect(model.getEntity(entity).schema.name).toBe(entity.schema);
    }
  });

  it('makes each relation an edge schema naming both ends, its quotes as text; each node carries its quotes and the article as proof', () => {
    const article = entities[0]?.id ?? '';
    for (const edge of story.edges) {
      const entity = byId.get(`${story.id}.${edge.id}`);
      const schema = model.getSchema(entity?.schema);
      expect(schema.isEdge).toBe(true);
      expect(entity?.properties[schema.edge?.source ?? '']).toEqual([`${story.id}.${edge.source}`]);
      expect(entity?.properties[schema.edge?.target ?? '']).toEqual([`${story.id}.${edge.target}`]);
      for (const evidence of edge.evidence) expect(entity?.properties.description?.[0]).toContain(evidence.quote);
    }
    for (const node of story.nodes) {
      const entity = byId.get(`${story.id}.${node.id}`);
      expect(entity?.properties.name).toEqual([node.label]);
      expect(entity?.properties.proof).toEqual([article]);
      expect(entity?.properties.notes).toHaveLength(node.evidence.length);
    }
  });

  it('is JSON lines, one entity a line', () => {
    const lines = storyToFtmLines(story).split('\n').filter(Boolean);
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(entities);
  });
});

describe('FtM schemata for the default story', () => {
  it('maps people, organisations, nations (with their country code), events and places to the closest schema', () => {
    const entities = storyToFtm(loadStory('data/xi-kim-beijing.json'));
    const find = (id: string) => entities.find((entity) => entity.id === `xi-kim-beijing.${id}`);
    expect(find('xi-jinping')?.schema).toBe('Person');
    expect(find('chinese-communist-party')?.schema).toBe('Organization');
    expect(find('north-korea')).toMatchObject({ schema: 'PublicBody', properties: { country: ['kp'] } });
    expect(find('world-war-ii')?.schema).toBe('Event');
    expect(find('beijing')?.schema).toBe('Address');
    expect(find('juche')?.schema).toBe('Note');
    expect(find('kim-jong-il-father-of-kim')?.schema).toBe('Family');
  });
});
