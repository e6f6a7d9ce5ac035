// @vitest-environment jsdom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphToSvg } from '../../src/graph/exportSvg';
import { nodeTypeStyle } from '../../src/graph/nodeTypeStyles';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { presetLayout, toElements } from '../../src/graph/toElements';
import type { Story } from '../../src/model/story/types';
import { smallStory } from '../helpers/stories';

const story = smallStory();
const headless = (s: Story = story) =>
  cytoscape({ headless: true, elements: toElements(s), styleEnabled: true, style: buildStylesheet(s.nodes.map((n) => n.type)), layout: presetLayout() });

/** Parses as XML, failing on anything that is not well-formed: the file must open in Illustrator, Inkscape and browsers alike. */
function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.localName).toBe('svg');
  return doc;
}

const groups = (doc: Document, kind: 'node' | 'edge') => [...doc.querySelectorAll(`g[class="${kind}"]`)];
const groupById = (doc: Document, id: string) => {
  const group = doc.querySelector(`g[data-id="${id}"]`);
  if (!group) throw new Error(`no group for ${id}`);
  return group;
};
const nodeShapes = (doc: Document) => doc.querySelectorAll('g[class="node"] > :is(circle, ellipse, rect, polygon)');
const edgeLines = (doc: Document) => doc.querySelectorAll('g[class="edge"] > :is(line, path)');
const nodeLabel = (group: Element) => [...group.querySelectorAll('tspan')].map((t) => t.textContent).join(' ');
/** The classes the graph controller sets; the export reads nothing else, so tests set them directly. */
const mark = (cy: cytoscape.Core, classes: string, ids: string[]) => cy.batch(() => ids.forEach((id) => cy.getElementById(id).addClass(classes)));
const hideTypes = (cy: cytoscape.Core, types: string[]) => mark(cy, 'filtered-out', cy.nodes().filter((n) => types.includes(String(n.data('type')))).map((n) => n.id()));
const viewBox = (doc: Document) => {
  const [x = NaN, y = NaN, width = NaN, height = NaN] = (doc.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number);
  return { x, y, width, height };
};

describe('the well-formedness check itself', () => {
  it('rejects markup that is not well-formed', () => {
    const doc = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  });
});

describe('graphToSvg', () => {
  it('draws every node as its type’s shape and colour, and every edge as a line', () => {
    const doc = parseSvg(graphToSvg(headless()));
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')).toBeNull();
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(nodeShapes(doc)).toHaveLength(4);
    expect(edgeLines(doc)).toHaveLength(2);
    expect(groupById(doc, 'anna').firstElementChild?.localName).toBe('circle');
    expect(groupById(doc, 'northland').firstElementChild?.localName).toBe('rect');
    expect(Number(groupById(doc, 'northland').firstElementChild?.getAttribute('rx'))).toBeGreaterThan(0);
    const talks = groupById(doc, 'talks').firstElementChild;
    expect(talks?.localName).toBe('polygon');
    expect(talks?.getAttribute('points')?.split(' ')).toHaveLength(8); // summit is unknown: the round octagon
    expect(talks?.getAttribute('fill')).toBe(nodeTypeStyle('summit').colour);
    expect(groupById(doc, 'anna').firstElementChild?.getAttribute('fill')).toBe(nodeTypeStyle('person').colour);
    expect(groupById(doc, 'anna').firstElementChild?.getAttribute('stroke')).toBe('#ffffff');
    expect(groupById(doc, 'anna').firstElementChild?.getAttribute('stroke-width')).toBe('2');
    expect(nodeLabel(groupById(doc, 'talks'))).toBe('Paris talks');
  });

  it('gives directed edges an arrowhead and leaves edge labels off until the canvas shows them', () => {
    const doc = parseSvg(graphToSvg(headless()));
    const directed = groupById(doc, 'ben-leads-northland').querySelector('path');
    const markerRef = /^url\(#(.+)\)$/.exec(directed?.getAttribute('marker-end') ?? '')?.[1];
    expect(markerRef).toBeDefined();
    expect(doc.querySelector(`marker[id="${markerRef}"]`)).not.toBeNull();
    expect(groupById(doc, 'anna-met-ben').querySelector('path')?.hasAttribute('marker-end')).toBe(false);
    expect(doc.querySelectorAll('g[class="edge"] text')).toHaveLength(0);
    expect(directed?.getAttribute('stroke')).toBe('rgb(174,181,191)');
  });

  it('covers every node and label with its viewBox', () => {
    const doc = parseSvg(graphToSvg(headless()));
    const box = viewBox(doc);
    for (const node of story.nodes) {
      const { x, y } = node.position ?? { x: NaN, y: NaN };
      expect(x - 17).toBeGreaterThan(box.x);
      expect(y - 17).toBeGreaterThan(box.y);
      expect(x + 17).toBeLessThan(box.x + box.width);
      // The label sits below the node: its baseline must be inside too.
      const baseline = Number(groupById(doc, node.id).querySelector('tspan')?.getAttribute('y'));
      expect(baseline).toBeGreaterThan(y + 17);
      expect(baseline).toBeLessThan(box.y + box.height);
    }
    expect(doc.documentElement.getAttribute('width')).toBe(String(box.width));
  });

  it('shows the selection as the canvas does: dark outline, faded rest, labels on its relations', () => {
    const cy = headless();
    mark(cy, 'is-selected', ['anna']);
    mark(cy, 'faded', ['northland', 'talks', 'ben-leads-northland']);
    mark(cy, 'in-focus show-label', ['anna-met-ben']);
    const doc = parseSvg(graphToSvg(cy));
    const anna = groupById(doc, 'anna');
    expect(anna.firstElementChild?.getAttribute('stroke')).toBe('#1d2430');
    expect(anna.firstElementChild?.getAttribute('stroke-width')).toBe('4');
    expect(anna.hasAttribute('opacity')).toBe(false);
    expect(groupById(doc, 'ben').hasAttribute('opacity')).toBe(false);
    // A faded node: its shape at the canvas's faded opacity, its name readable in the muted colour.
    for (const id of ['northland', 'talks']) {
      expect(groupById(doc, id).hasAttribute('opacity')).toBe(false);
      expect(groupById(doc, id).firstElementChild?.getAttribute('fill-opacity')).toBe('0.16');
      expect(groupById(doc, id).firstElementChild?.getAttribute('stroke')).toBe('#5d6673');
      expect(groupById(doc, id).querySelector('text')?.getAttribute('fill')).toBe('#5d6673');
    }
    expect(groupById(doc, 'ben-leads-northland').getAttribute('opacity')).toBe('0.16');
    expect(groupById(doc, 'anna-met-ben').querySelector('text')?.textContent).toBe('met with');
    expect(groupById(doc, 'ben-leads-northland').querySelector('text')).toBeNull();
    // The selection is drawn last, on top, as on the canvas.
    expect(groups(doc, 'node').at(-1)?.getAttribute('data-id')).toBe('anna');
  });

  it('gives a selected edge the dark 4px stroke and its label', () => {
    const cy = headless();
    mark(cy, 'is-selected', ['ben-leads-northland']);
    const edge = groupById(parseSvg(graphToSvg(cy)), 'ben-leads-northland');
    expect(edge.querySelector('path')?.getAttribute('stroke')).toBe('#1d2430');
    expect(edge.querySelector('path')?.getAttribute('stroke-width')).toBe('4');
    expect(edge.querySelector('text')?.textContent).toBe('leads');
  });

  it('leaves hidden types out, with the edges that touch them, and shrinks the viewBox', () => {
    const cy = headless();
    hideTypes(cy, ['person']);
    const doc = parseSvg(graphToSvg(cy));
    expect(nodeShapes(doc)).toHaveLength(2);
    expect(edgeLines(doc)).toHaveLength(0);
    expect(cy.nodes(':visible')).toHaveLength(2);
    expect(groups(doc, 'node').map((g) => g.getAttribute('data-id'))).toEqual(['northland', 'talks']);
    expect(doc.documentElement.textContent).not.toContain('Anna');
    expect(viewBox(doc).x).toBeGreaterThan(0); // Anna stood at x = 0
  });

  it('also leaves out an element hidden outside a batch, while Cytoscape still has it cached as visible', () => {
    const cy = headless();
    expect(groups(parseSvg(graphToSvg(cy)), 'node')).toHaveLength(4); // asks visible() of every node, which caches it
    cy.getElementById('ben').addClass('filtered-out');
    const doc = parseSvg(graphToSvg(cy));
    expect(groups(doc, 'node').map((g) => g.getAttribute('data-id'))).toEqual(['anna', 'northland', 'talks']);
    expect(edgeLines(doc)).toHaveLength(0);
  });

  it('still writes a valid document when everything is hidden', () => {
    const cy = headless();
    hideTypes(cy, ['person', 'nation', 'summit']);
    const doc = parseSvg(graphToSvg(cy));
    expect(nodeShapes(doc)).toHaveLength(0);
    expect(viewBox(doc).width).toBeGreaterThan(0);
  });

  it('dashes conflict relations, dots divergence and draws the rest solid', () => {
    const typed = (type: string): Story => ({ ...story, edges: story.edges.map((e) => ({ ...e, type })) });
    const line = (type: string) => groupById(parseSvg(graphToSvg(headless(typed(type)))), 'ben-leads-northland').querySelector('path');
    expect(line('opposition')?.getAttribute('stroke-dasharray')).toBe('7 4');
    expect(line('accusation')?.getAttribute('stroke-dasharray')).toBe('7 4');
    expect(line('ideological-divergence')?.getAttribute('stroke-dasharray')).toMatch(/^0 \d/);
    expect(line('ideological-divergence')?.getAttribute('stroke-linecap')).toBe('round');
    expect(line('leadership')?.hasAttribute('stroke-dasharray')).toBe(false);
  });

  it('draws a relation from a node to itself as a loop', () => {
    const looped: Story = { ...story, edges: [...story.edges, { ...story.edges[1]!, id: 'ben-self', target: 'ben' }] };
    const doc = parseSvg(graphToSvg(headless(looped)));
    expect(edgeLines(doc)).toHaveLength(3);
    expect(groupById(doc, 'ben-self').querySelector('path')?.getAttribute('d')).toContain('C');
  });

  it('wraps long labels on word boundaries into lines of at most 18 characters', () => {
    const label = 'The Democratic People’s Republic of Korea';
    const long: Story = { ...story, nodes: story.nodes.map((n) => (n.id === 'northland' ? { ...n, label } : n)) };
    const lines = [...groupById(parseSvg(graphToSvg(headless(long))), 'northland').querySelectorAll('tspan')].map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(18);
    expect(lines.join(' ')).toBe(label);
  });
});

describe('graphToSvg with hostile text', () => {
  const labels: Record<string, string> = {
    anna: '<script>alert(1)</script>',
    ben: '<img src=x onerror=alert(1)>',
    northland: 'Tom & Jerry "quoted" \'single\'',
    talks: '金正恩 и Ким Чен Ын',
  };
  const edgeLabel = '</text><script>alert(2)</script>';
  const title = '</title><script>alert("t")</script> & co';
  const hostile: Story = {
    ...story,
    nodes: story.nodes.map((n) => ({ ...n, label: labels[n.id] ?? n.label })),
    edges: story.edges.map((e) => ({ ...e, label: edgeLabel })),
  };
  const render = () => {
    const cy = headless(hostile);
    cy.getElementById('anna-met-ben').addClass('show-label');
    return graphToSvg(cy, { title });
  };

  it('keeps every payload as inert text', () => {
    const svg = render();
    const doc = parseSvg(svg);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<img/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Tom &amp; Jerry');
    expect(svg).toContain('&quot;quoted&quot; &apos;single&apos;');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    const attributeNames = [...doc.getElementsByTagName('*')].flatMap((el) => el.getAttributeNames());
    expect(attributeNames.filter((name) => name.startsWith('on'))).toEqual([]);
    // The one `onerror=` is the label's own text (wrapped onto a second line), closed by an escaped bracket.
    expect(svg.match(/onerror=/g)).toHaveLength(1);
    expect(svg).toContain('&lt;img src=x');
    expect(svg).toContain('>onerror=alert(1)&gt;</tspan>');
  });

  it('reads back exactly the labels and title it was given', () => {
    const doc = parseSvg(render());
    expect(nodeLabel(groupById(doc, 'anna'))).toBe(labels.anna);
    expect(nodeLabel(groupById(doc, 'ben'))).toBe(labels.ben);
    expect(nodeLabel(groupById(doc, 'northland'))).toBe(labels.northland);
    expect(groupById(doc, 'anna-met-ben').querySelector('text')?.textContent).toBe(edgeLabel);
    expect(doc.documentElement.firstElementChild?.localName).toBe('title');
    expect(doc.querySelector('title')?.textContent).toBe(title);
  });

  it('passes non-Latin scripts through as UTF-8, not as character references', () => {
    const svg = render();
    expect(svg).toContain('金正恩');
    expect(svg).toContain('Ким Чен Ын');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(nodeLabel(groupById(parseSvg(svg), 'talks'))).toBe(labels.talks);
  });

  it('drops control characters XML cannot hold, instead of writing a broken file', () => {
    const bell: Story = { ...story, nodes: story.nodes.map((n) => (n.id === 'anna' ? { ...n, label: 'Anna\u0007 \u0000B' } : n)) };
    const doc = parseSvg(graphToSvg(headless(bell), { title: 'T\u001b' }));
    expect(nodeLabel(groupById(doc, 'anna'))).toBe('Anna B');
    expect(doc.querySelector('title')?.textContent).toBe('T');
  });
});
