// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { storyToGexf } from '../../../src/model/interchange/gexf';
import { quotesText } from '../../../src/model/interchange/flatText';
import { loadStory } from '../../helpers/stories';
import { NASTY, trickyStory } from './trickyStory';
import { allNamed, childrenNamed, only, parseXml, withId } from './xmlDom';

const NS = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';
const attvalue = (element: Element, id: string) =>
  allNamed(element.ownerDocument, NS, 'attvalue').find((a) => a.parentElement?.parentElement === element && a.getAttribute('for') === id)?.getAttribute('value');

describe('storyToGexf', () => {
  const story = trickyStory();
  const doc = parseXml(storyToGexf(story));
  const nodes = allNamed(doc, NS, 'node');
  const edges = allNamed(doc, NS, 'edge');
  const node = (id: string) => withId(nodes, id);
  const edge = (id: string) => withId(edges, id);

  it('is well-formed GEXF 1.3 with Quotegraph as creator and the title as description', () => {
    const root = doc.documentElement;
    expect([root.localName, root.namespaceURI, root.getAttribute('version')]).toEqual(['gexf', NS, '1.3']);
    const meta = only(allNamed(doc, NS, 'meta'));
    expect(only(childrenNamed(meta, 'creator')).textContent).toBe('Quotegraph');
    expect(only(childrenNamed(meta, 'description')).textContent).toBe(story.title);
    const graph = only(allNamed(doc, NS, 'graph'));
    expect([graph.getAttribute('defaultedgetype'), graph.getAttribute('mode')]).toEqual(['directed', 'static']);
  });

  it('declares node and edge attributes, and uses only declared ones', () => {
    const declared = (owner: string) =>
      allNamed(doc, NS, 'attributes').filter((a) => a.getAttribute('class') === owner).flatMap((a) => childrenNamed(a, 'attribute').map((x) => x.getAttribute('id')));
    expect(declared('node')).toEqual(['type', 'summary', 'aliases', 'quotes', 'evidence']);
    expect(declared('edge')).toEqual(['relation', 'directed', 'quotes', 'evidence']);
    for (const value of allNamed(doc, NS, 'attvalue')) {
      const owner = value.parentElement?.parentElement?.localName ?? '';
      expect(declared(owner)).toContain(value.getAttribute('for'));
    }
  });

  it('writes a node per node and an edge per edge, with their ends', () => {
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(story.nodes.map((n) => n.id));
    expect(edges.map((e) => [e.getAttribute('source'), e.getAttribute('target')])).toEqual(story.edges.map((e) => [e.source, e.target]));
  });

  it('keeps hard text exactly, line breaks included, in labels and attribute values', () => {
    expect(story.nodes.map((n) => node(n.id).getAttribute('label'))).toEqual([NASTY.markup, NASTY.korean, NASTY.cyrillic, NASTY.quotes]);
    expect(attvalue(node('anna'), 'summary')).toBe(NASTY.multiline);
    expect(attvalue(node('anna'), 'aliases')).toBe(`${NASTY.korean} | ${NASTY.cyrillic} | O'Neil "the Hammer"`);
    expect(attvalue(node('ben'), 'summary')).toBe(NASTY.formula);
    expect(attvalue(node('ben'), 'quotes')).toBe(quotesText(story.nodes[1]?.evidence ?? []));
    expect(attvalue(node('ben'), 'quotes')).toContain('\n¶p3: ');
    expect(edge('ben-leads-northland').getAttribute('label')).toBe('leads & "rules" <firmly>');
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
  });

  it('writes viz:position with y flipped for Gephi, only where a position exists', () => {
    const position = only(allNamed(doc, VIZ, 'position').filter((p) => p.parentElement === node('anna')));
    expect([position.getAttribute('x'), position.getAttribute('y')]).toEqual(['-12.5', '-3.25']);
    expect(allNamed(doc, VIZ, 'position').filter((p) => p.parentElement === node('northland'))).toHaveLength(0);
    expect(allNamed(doc, VIZ, 'position')).toHaveLength(3);
  });

  it('says direction in an attribute, never as an edge type NetworkX would refuse in a directed graph, and writes the relation type', () => {
    expect(only(allNamed(doc, NS, 'graph')).getAttribute('defaultedgetype')).toBe('directed');
    expect(edge('anna-met-ben').hasAttribute('type')).toBe(false);
    expect(attvalue(edge('anna-met-ben'), 'directed')).toBe('false');
    expect(attvalue(edge('ben-leads-northland'), 'directed')).toBe('true');
    expect(attvalue(edge('anna-met-ben'), 'relation')).toBe('meeting');
    expect(attvalue(edge('ben-leads-northland'), 'relation')).toBeUndefined();
  });

  it('stays well-formed for the hostile story', () => {
    const hostile = loadStory('tests/fixtures/hostile-story.json');
    const hostileDoc = parseXml(storyToGexf(hostile));
    expect(hostileDoc.getElementsByTagName('script')).toHaveLength(0);
    expect(allNamed(hostileDoc, NS, 'node').map((n) => n.getAttribute('label'))).toEqual(hostile.nodes.map((n) => n.label));
  });
});
