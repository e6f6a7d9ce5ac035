// @vitest-environment jsdom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphToSvg } from '../../src/graph/exportSvg';
import { nodeTypeStyle } from '../../src/graph/nodeTypeStyles';
import { KNOWN_TYPES } from '../../src/model/story/nodeTypes';
import { patchElements } from '../../src/graph/patchElements';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { presetLayout, toElements } from '../../src/graph/toElements';
import { loadStory } from '../helpers/stories';

const ODD_TYPES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__defineGetter__', 'toLocaleString'];
const OTHER = nodeTypeStyle('some-type-nobody-styles');
const story = loadStory('tests/fixtures/odd-names-story.json');

describe('node types named after Object.prototype’s members', () => {
  it('get the neutral style, with their own name, like any type we do not know', () => {
    for (const type of ODD_TYPES) {
      expect(nodeTypeStyle(type)).toEqual({ name: type.charAt(0).toUpperCase() + type.slice(1), colour: OTHER.colour, shape: 'round-octagon' });
    }
    expect(KNOWN_TYPES).toEqual(['person', 'nation', 'group', 'organization', 'ideology', 'event', 'place']);
    expect(nodeTypeStyle('person').shape).toBe('ellipse');
  });

  it('each get a stylesheet rule with a colour and a shape', () => {
    const sheet = buildStylesheet(ODD_TYPES);
    for (const type of ODD_TYPES) {
      const rule = sheet.find((r) => 'selector' in r && r.selector === `node[type = "${type}"]`);
      expect(rule && 'style' in rule ? rule.style : undefined).toEqual({ 'background-color': OTHER.colour, shape: 'round-octagon' });
    }
  });
});

describe('a graph whose ids, types and labels are Object.prototype’s names', () => {
  const laidOut = new Map([['valueOf', { x: 7, y: 8 }]]);
  const elements = toElements(story, laidOut);

  it('becomes elements with the positions meant for each node, and no other', () => {
    const position = (id: string) => elements.find((e) => e.data.id === id)?.position;
    expect(position('valueOf')).toEqual({ x: 7, y: 8 });
    // Not laid out: each keeps its saved position (an object of positions would give `constructor` a function).
    for (const node of story.nodes.filter((n) => n.id !== 'valueOf')) expect(position(node.id)).toEqual(node.position);
  });

  it('draws and exports to SVG, every node as the neutral octagon and every relation as a line', () => {
    const cy = cytoscape({ headless: true, elements, styleEnabled: true, style: buildStylesheet(story.nodes.map((n) => n.type)), layout: presetLayout() });
    expect(cy.nodes().map((n) => n.style('shape'))).toEqual(story.nodes.map((n) => (n.type === 'person' ? 'ellipse' : 'round-octagon')));
    const doc = new DOMParser().parseFromString(graphToSvg(cy, { title: story.title }), 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    for (const node of story.nodes) {
      const shape = doc.querySelector(`g[data-id="${node.id}"]`)?.firstElementChild;
      expect(shape?.localName, node.id).toBe(node.type === 'person' ? 'circle' : 'polygon');
      expect(shape?.getAttribute('fill'), node.id).toBe(nodeTypeStyle(node.type).colour);
      expect(doc.querySelector(`g[data-id="${node.id}"] tspan`)?.textContent).toBe(node.label);
    }
    expect(doc.querySelectorAll('g[class="edge"] > path')).toHaveLength(story.edges.length);
  });
});

describe('patchElements', () => {
  const node = (id: string, label = id) => ({ group: 'nodes' as const, data: { id, label }, position: { x: 0, y: 0 } });
  const link = (id: string, source: string, target: string) => ({ group: 'edges' as const, data: { id, source, target } });
  const ids = (cy: cytoscape.Core) => cy.elements().map((e) => e.id()).sort();

  it('adds elements whose ids are Object.prototype’s names, which react-cytoscapejs took for drawn already', () => {
    const cy = cytoscape({ headless: true });
    const first = [node('constructor'), node('toString'), node('valueOf'), link('then', 'toString', 'valueOf')];
    patchElements(cy, null, first);
    expect(ids(cy)).toEqual(['constructor', 'then', 'toString', 'valueOf']);

    // A studio edit: one node removed with its relation, one added, one relabelled and moved.
    const second = [{ ...node('constructor', 'renamed'), position: { x: 5, y: 6 } }, node('toString'), node('hasOwnProperty'), link('length', 'toString', 'hasOwnProperty')];
    patchElements(cy, first, second);
    expect(ids(cy)).toEqual(['constructor', 'hasOwnProperty', 'length', 'toString']);
    expect(cy.getElementById('constructor').data('label')).toBe('renamed');
    expect(cy.getElementById('constructor').position()).toEqual({ x: 5, y: 6 });
    patchElements(cy, second, []);
    expect(ids(cy)).toEqual([]);
  });
});
