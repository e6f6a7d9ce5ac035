import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applySelection } from '../../src/graph/applySelection';
import { nodeTypeStyle } from '../../src/graph/nodeTypeStyles';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { layoutKindFor, presetLayout, toElements } from '../../src/graph/toElements';
import { buildStoryIndex } from '../../src/model/graph/storyIndex';
import { smallStory } from '../helpers/stories';

const story = smallStory();
const index = buildStoryIndex(story);
const headless = () => cytoscape({ headless: true, elements: toElements(story), styleEnabled: true, style: buildStylesheet(['summit']), layout: presetLayout() });

describe('story → Cytoscape elements', () => {
  it('keeps ids, labels, types, saved positions and edge direction', () => {
    const cy = headless();
    expect(cy.nodes().map((n) => n.id())).toEqual(['anna', 'ben', 'northland', 'talks']);
    expect(cy.getElementById('ben').position()).toEqual({ x: 200, y: 0 });
    expect(cy.getElementById('talks').data('type')).toBe('summit');
    expect(cy.getElementById('anna-met-ben').hasClass('undirected')).toBe(true);
    expect(cy.getElementById('ben-leads-northland').hasClass('directed')).toBe(true);
  });

  it('uses saved positions when every node has one, and a force layout otherwise', () => {
    expect(layoutKindFor(story)).toBe('preset');
    const unplaced = { ...story, nodes: story.nodes.map(({ position: _position, ...rest }, i) => (i === 0 ? rest : { ...rest, position: _position })) };
    expect(layoutKindFor(unplaced)).toBe('force');
  });

  it('places nodes where the layout put them, and a node the layout does not know where the story says', () => {
    const elements = toElements(story, new Map([['anna', { x: 1, y: 2 }], ['ben', { x: 3, y: 4 }]]));
    const position = (id: string) => elements.find((e) => e.data.id === id)?.position;
    expect(position('anna')).toEqual({ x: 1, y: 2 });
    expect(position('ben')).toEqual({ x: 3, y: 4 });
    expect(position('northland')).toEqual(story.nodes.find((n) => n.id === 'northland')?.position);
  });

  it('draws each known type with its own shape, and an unknown type in the neutral style', () => {
    const cy = headless();
    expect(cy.getElementById('anna').style('shape')).toBe('ellipse');
    expect(cy.getElementById('northland').style('shape')).toBe('round-rectangle');
    expect(cy.getElementById('talks').style('shape')).toBe(nodeTypeStyle('summit').shape);
    expect(nodeTypeStyle('summit')).toMatchObject({ name: 'Summit', shape: 'round-octagon' });
  });
});

describe('applySelection', () => {
  it('keeps a focus set bright, with the ends of its edges, plus the selection', () => {
    const cy = headless();
    applySelection(cy, index, { selection: { kind: 'node', id: 'talks' }, hiddenTypes: [], focusIds: ['ben-leads-northland'] });
    const bright = (ids: { id: string; faded: boolean }[]) => ids.filter((e) => !e.faded).map((e) => e.id);
    expect(bright(cy.nodes().map((n) => ({ id: n.id(), faded: n.hasClass('faded') }))).sort()).toEqual(['ben', 'northland', 'talks']);
    expect(bright(cy.edges().map((e) => ({ id: e.id(), faded: e.hasClass('faded') })))).toEqual(['ben-leads-northland']);
    expect(cy.getElementById('ben-leads-northland').hasClass('show-label')).toBe(true);
    expect(cy.getElementById('talks').hasClass('is-selected')).toBe(true);
  });

  it('keeps the neighbourhood bright, fades the rest and marks the selection', () => {
    const cy = headless();
    applySelection(cy, index, { selection: { kind: 'node', id: 'anna' }, hiddenTypes: [], focusIds: null });
    expect(cy.getElementById('anna').hasClass('is-selected')).toBe(true);
    expect(cy.getElementById('ben').hasClass('faded')).toBe(false);
    expect(cy.getElementById('northland').hasClass('faded')).toBe(true);
    expect(cy.getElementById('anna-met-ben').hasClass('show-label')).toBe(true);
    expect(cy.getElementById('ben-leads-northland').hasClass('faded')).toBe(true);
  });

  it('touches only elements whose classes change (Cytoscape restyles every element it is given)', () => {
    const cy = headless();
    const view = { selection: { kind: 'node', id: 'anna' } as const, hiddenTypes: ['summit'], focusIds: null };
    applySelection(cy, index, view);
    const touched: string[] = [];
    cy.on('class', (event) => touched.push(event.target.id()));
    applySelection(cy, index, view);
    expect(touched).toEqual([]);
    applySelection(cy, index, { ...view, selection: { kind: 'node', id: 'ben' } });
    expect([...new Set(touched)].sort()).toEqual(['anna', 'ben', 'ben-leads-northland', 'northland'].sort());
  });

  it('clears everything when the selection goes, and hides filtered types', () => {
    const cy = headless();
    applySelection(cy, index, { selection: { kind: 'edge', id: 'ben-leads-northland' }, hiddenTypes: [], focusIds: null });
    applySelection(cy, index, { selection: null, hiddenTypes: ['person'], focusIds: null });
    expect(cy.$('.faded, .is-selected, .show-label').length).toBe(0);
    expect(cy.getElementById('anna').hasClass('filtered-out')).toBe(true);
    expect(cy.getElementById('anna').style('display')).toBe('none');
    expect(cy.getElementById('northland').hasClass('filtered-out')).toBe(false);
  });
});

describe('applySelection, drawing only what changed', () => {
  const classesOf = (cy: cytoscape.Core) =>
    cy.elements().map((e) => `${e.id()}: ${['faded', 'ringed', 'is-selected', 'in-focus', 'show-label', 'filtered-out'].filter((c) => e.hasClass(c)).join(' ')}`);
  const views: Parameters<typeof applySelection>[2][] = [
    { selection: { kind: 'node', id: 'anna' }, hiddenTypes: [], focusIds: null },
    { selection: { kind: 'node', id: 'northland' }, hiddenTypes: [], focusIds: null },
    { selection: { kind: 'edge', id: 'anna-met-ben' }, hiddenTypes: [], focusIds: null },
    { selection: { kind: 'node', id: 'talks' }, hiddenTypes: [], focusIds: ['ben-leads-northland'] },
    { selection: null, hiddenTypes: ['person'], focusIds: null },
    { selection: { kind: 'node', id: 'ben' }, hiddenTypes: ['person'], focusIds: null },
    { selection: { kind: 'node', id: 'ben' }, hiddenTypes: [], focusIds: null },
    { selection: null, hiddenTypes: [], focusIds: ['anna-met-ben'] },
    { selection: null, hiddenTypes: [], focusIds: null },
    { selection: { kind: 'edge', id: 'ben-leads-northland' }, hiddenTypes: [], focusIds: null },
    { selection: { kind: 'node', id: 'anna' }, hiddenTypes: [], focusIds: null, emphasis: 'ring' },
    { selection: { kind: 'node', id: 'ben' }, hiddenTypes: [], focusIds: null, emphasis: 'ring' },
    { selection: null, hiddenTypes: [], focusIds: null, emphasis: 'ring' },
  ];

  it('in a large graph, rings the neighbourhood and fades nothing', () => {
    const cy = headless();
    applySelection(cy, index, { selection: { kind: 'node', id: 'anna' }, hiddenTypes: [], focusIds: null, emphasis: 'ring' });
    expect(cy.$('.faded').length).toBe(0);
    expect(cy.$('.ringed').map((n) => n.id()).sort()).toEqual(['anna', 'ben']);
    expect(cy.getElementById('anna').hasClass('is-selected')).toBe(true);
    expect(cy.getElementById('anna-met-ben').hasClass('show-label')).toBe(true);
  });

  it('after any sequence of changes, shows exactly what a fresh draw of the last state shows', () => {
    const expected = views.map((view) => {
      const fresh = headless();
      applySelection(fresh, index, view);
      return classesOf(fresh);
    });
    const cy = headless();
    // Every view after every other, so each transition (selection to selection, to and from none, focus, filters) is drawn.
    views.forEach((from) => {
      views.forEach((to, i) => {
        applySelection(cy, index, from);
        applySelection(cy, index, to);
        expect(classesOf(cy), `${JSON.stringify(from)} → ${JSON.stringify(to)}`).toEqual(expected[i]);
        // A fresh draw over whatever is there (as after a studio edit) lands on the same picture.
        applySelection(cy, index, from);
        applySelection(cy, index, to, { fresh: true });
        expect(classesOf(cy), `fresh: ${JSON.stringify(from)} → ${JSON.stringify(to)}`).toEqual(expected[i]);
      });
    });
  });

  it('restyles only the elements whose state changed when the selection moves', () => {
    const cy = headless();
    applySelection(cy, index, views[0]!);
    const restyled = new Set<string>();
    cy.on('style', (event) => restyled.add(event.target.id()));
    applySelection(cy, index, views[0]!);
    expect([...restyled]).toEqual([]);
    applySelection(cy, index, { selection: { kind: 'node', id: 'ben' }, hiddenTypes: [], focusIds: null });
    expect(restyled.size).toBeGreaterThan(0);
    // Anna and her edge to Ben are bright both times and stay untouched.
    expect(restyled.has('anna-met-ben')).toBe(false);
  });
});
