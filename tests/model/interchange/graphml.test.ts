// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { storyToGraphML } from '../../../src/model/interchange/graphml';
import { loadStory } from '../../helpers/stories';
import { NASTY, trickyStory } from './trickyStory';
import { allNamed, childrenNamed, only, parseXml, withId } from './xmlDom';

const NS = 'http://graphml.graphdrawing.org/xmlns';
const dataOf = (element: Element, key: string) => childrenNamed(element, 'data').find((d) => d.getAttribute('key') === key)?.textContent;

describe('storyToGraphML', () => {
  const story = trickyStory();
  const doc = parseXml(storyToGraphML(story));
  const nodes = allNamed(doc, NS, 'node');
  const edges = allNamed(doc, NS, 'edge');
  const node = (id: string) => withId(nodes, id);
  const edge = (id: string) => withId(edges, id);

  it('is well-formed GraphML with one graph, directed by default', () => {
    expect(doc.documentElement.localName).toBe('graphml');
    expect(doc.documentElement.namespaceURI).toBe(NS);
    const graphs = allNamed(doc, NS, 'graph');
    expect(graphs).toHaveLength(1);
    expect(graphs[0]?.getAttribute('edgedefault')).toBe('directed');
    expect(childrenNamed(only(graphs), 'desc')[0]?.textContent).toBe(story.title);
  });

  it('declares every key once, each used only with a declared id', () => {
    const keys = allNamed(doc, NS, 'key');
    const declared = keys.map((k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}:${k.getAttribute('attr.type')}`);
    expect(declared).toEqual([
      'graph:story:string', 'node:label:string', 'node:type:string', 'node:summary:string', 'node:aliases:string', 'node:x:double', 'node:y:double',
      'node:quotes:string', 'node:evidence:string', 'edge:edge_id:string', 'edge:label:string', 'edge:type:string', 'edge:directed:boolean', 'edge:quotes:string', 'edge:evidence:string',
    ]);
    const ids = new Set(keys.map((k) => k.getAttribute('id')));
    expect(ids.size).toBe(keys.length);
    for (const data of allNamed(doc, NS, 'data')) expect(ids).toContain(data.getAttribute('key'));
  });

  it('writes a node per node and an edge per edge, with their ends', () => {
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(story.nodes.map((n) => n.id));
    expect(edges.map((e) => [e.getAttribute('id'), e.getAttribute('source'), e.getAttribute('target')])).toEqual(
      story.edges.map((e) => [e.id, e.source, e.target]),
    );
  });

  it('keeps hard text exactly: markup, quotes, line breaks, CJK and Cyrillic', () => {
    expect(dataOf(node('anna'), 'node_label')).toBe(NASTY.markup);
    expect(dataOf(node('anna'), 'node_summary')).toBe(NASTY.multiline);
    expect(dataOf(node('anna'), 'node_aliases')).toBe(`${NASTY.korean} | ${NASTY.cyrillic} | O'Neil "the Hammer"`);
    expect(dataOf(node('ben'), 'node_label')).toBe(NASTY.korean);
    expect(dataOf(node('northland'), 'node_label')).toBe(NASTY.cyrillic);
    expect(dataOf(node('talks'), 'node_label')).toBe(NASTY.quotes);
    expect(dataOf(edge('ben-leads-northland'), 'edge_label')).toBe('leads & "rules" <firmly>');
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
  });

  it('writes quotes one per line with their paragraph', () => {
    expect(dataOf(node('ben'), 'node_quotes')).toBe(`¶p2: “Ben leads”\n¶p3: ““${NASTY.markup}” — ‘fine’, "ok"”`);
    expect(dataOf(edge('anna-met-ben'), 'edge_quotes')).toBe('¶p1: “Anna met Ben in Paris”');
  });

  it('writes positions where they exist and nothing where they do not', () => {
    expect([dataOf(node('anna'), 'node_x'), dataOf(node('anna'), 'node_y')]).toEqual(['-12.5', '3.25']);
    expect(dataOf(node('northland'), 'node_x')).toBeUndefined();
    expect(dataOf(node('northland'), 'node_summary')).toBe(NASTY.minus);
  });

  it('says direction as data, never as a directed attribute NetworkX would refuse in a directed graph', () => {
    expect(edge('anna-met-ben')?.hasAttribute('directed')).toBe(false);
    expect(edge('ben-leads-northland')?.hasAttribute('directed')).toBe(false);
    expect(dataOf(edge('anna-met-ben'), 'edge_directed')).toBe('false');
    expect(dataOf(edge('ben-leads-northland'), 'edge_directed')).toBe('true');
    expect(dataOf(edge('anna-met-ben'), 'edge_type')).toBe('meeting');
    expect(dataOf(edge('ben-leads-northland'), 'edge_type')).toBeUndefined();
  });

  it('stays well-formed for the hostile story and for characters XML cannot hold', () => {
    const hostile = loadStory('tests/fixtures/hostile-story.json');
    const hostileDoc = parseXml(storyToGraphML(hostile));
    expect(hostileDoc.getElementsByTagName('script')).toHaveLength(0);
    expect(allNamed(hostileDoc, NS, 'node')).toHaveLength(hostile.nodes.length);
    const withControl = structuredClone(story);
    if (withControl.nodes[0]) withControl.nodes[0].label = 'bell\u0007 and \uD800 half';
    const [first] = allNamed(parseXml(storyToGraphML(withControl)), NS, 'node');
    expect(first && dataOf(first, 'node_label')).toBe('bell and  half');
  });
});

describe('parseXml (the check above)', () => {
  it('rejects markup that is not well-formed', () => {
    expect(() => parseXml('<graphml><node></graphml>')).toThrow(/Not well-formed/);
    expect(() => parseXml('<a>Tom & Jerry</a>')).toThrow(/Not well-formed/);
  });
});
