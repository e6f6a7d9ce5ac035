// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphController } from '../../src/graph/GraphController';
import { graphFor } from '../../src/graph/useGraph';
import { useGraphStyle } from '../../src/graph/useGraphStyle';
import { useStoryOnCanvas } from '../../src/graph/useStoryOnCanvas';
import { toElements } from '../../src/graph/toElements';
import { setPositions, updateNode, addNode } from '../../src/model/studio/storyEdits';
import type { Story } from '../../src/model/story/types';
import { createExplorerStore, type ExplorerStore } from '../../src/store/createExplorerStore';
import { ExplorerStoreProvider } from '../../src/store/ExplorerStoreContext';
import { syntheticStory } from '../../src/cli/bench/syntheticStory';
import { smallStory } from '../helpers/stories';

/** Cytoscape without a screen (jsdom has no canvas), given the box a real container would have. */
function headlessCy(): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, minZoom: 0.2, maxZoom: 3 });
  vi.spyOn(cy, 'width').mockReturnValue(800);
  vi.spyOn(cy, 'height').mockReturnValue(600);
  return cy;
}

/** A controller on its own store, holding a headless instance with the story drawn (and `drawn` reported). */
async function drawnGraph(story: Story = smallStory()) {
  const store = createExplorerStore(story);
  const graph = new GraphController(store);
  const cy = headlessCy();
  graph.attach(cy);
  graph.setStyle({ types: story.nodes.map((n) => n.type), theme: 'light', scale: 'small' });
  graph.draw(toElements(story), { laidOut: false });
  // Headless Cytoscape never renders: the drawing goes on after its no-render wait.
  await vi.advanceTimersByTimeAsync(600);
  return { store, graph, cy };
}

/** Where a node is on screen, in the box's px. */
const onScreen = (cy: Core, id: string) => cy.getElementById(id).renderedPosition();

beforeEach(() => {
  vi.useFakeTimers();
  // Reduced motion: view commands jump instead of animating, so the view can be read at once.
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('GraphController', () => {
  it('takes over an instance once, however often react-cytoscapejs hands it over, and lets it go when destroyed', async () => {
    const { store, graph, cy } = await drawnGraph();
    const changes = vi.fn();
    graph.subscribe(changes);
    graph.attach(cy);
    graph.attach(cy);
    expect(changes).not.toHaveBeenCalled();
    cy.getElementById('anna').emit('tap');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'anna' });
    cy.destroy();
    expect(graph.cy).toBeNull();
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('binds taps once per instance: one tap, one selection change', async () => {
    const { store, graph, cy } = await drawnGraph();
    graph.attach(cy);
    const seen: unknown[] = [];
    store.subscribe((state, previous) => state.selection !== previous.selection && seen.push(state.selection));
    cy.getElementById('ben').emit('tap');
    expect(seen).toEqual([{ kind: 'node', id: 'ben' }]);
  });

  it('draws the story, with the state already on the elements, and reports the graph drawn', async () => {
    const story = smallStory();
    const store = createExplorerStore(story, { selection: { kind: 'node', id: 'anna' } });
    const graph = new GraphController(store);
    const cy = headlessCy();
    graph.attach(cy);
    graph.draw(toElements(story), { laidOut: false });
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(story.nodes.map((n) => n.id).sort());
    expect(cy.getElementById('anna').hasClass('is-selected')).toBe(true);
    expect(cy.getElementById('northland').hasClass('faded')).toBe(true);
    expect(store.getState().drawn).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(store.getState().drawn).toBe(true);
  });

  it('hands a large laid-out graph over in batches, with progress, until it is whole', async () => {
    const story = syntheticStory(1_200, { seed: 3, positions: true });
    const elements = toElements(story);
    expect(elements.length).toBeGreaterThan(1_500);
    const store = createExplorerStore(story);
    const graph = new GraphController(store);
    const cy = headlessCy();
    graph.attach(cy);
    graph.draw(elements, { laidOut: true });
    expect(cy.elements().length).toBe(250);
    expect(store.getState().drawing).toMatchObject({ task: 'draw' });
    await vi.advanceTimersByTimeAsync(600);
    expect(cy.elements().length).toBeGreaterThan(250);
    for (let i = 0; i < 60 && !store.getState().drawn; i++) await vi.advanceTimersByTimeAsync(600);
    expect(cy.elements().length).toBe(elements.length);
    expect(store.getState().drawing).toBeNull();
    expect(store.getState().drawn).toBe(true);
  });

  it('patches a studio edit in place and draws the state on a new element', async () => {
    const { store, graph, cy } = await drawnGraph();
    act(() => store.getState().select({ kind: 'node', id: 'anna' }));
    const before = cy.getElementById('ben');
    const { story } = store.getState();
    const added = addNode(updateNode(story, 'ben', { label: 'Benjamin' }), { label: 'Dora', type: 'person', position: { x: 50, y: 50 } });
    store.getState().applyEdit(() => added.story);
    graph.draw(toElements(store.getState().story), { laidOut: false });
    // The same element, changed in place (not removed and added again).
    expect(cy.getElementById('ben').same(before)).toBe(true);
    expect(cy.getElementById('ben').data('label')).toBe('Benjamin');
    expect(cy.getElementById(added.id).nonempty()).toBe(true);
    expect(cy.getElementById(added.id).hasClass('faded')).toBe(true);
  });

  it('fits the whole graph, or the focus set, inside the box', async () => {
    const { graph, cy, store } = await drawnGraph();
    cy.viewport({ zoom: 3, pan: { x: 5000, y: 5000 } });
    graph.fitAll();
    const inside = (id: string) => {
      const p = onScreen(cy, id);
      return p.x > 0 && p.x < 800 && p.y > 0 && p.y < 600;
    };
    expect(store.getState().story.nodes.every((n) => inside(n.id))).toBe(true);
    const wholeZoom = cy.zoom();
    cy.viewport({ zoom: 0.2, pan: { x: -5000, y: 0 } });
    graph.focus(['anna-met-ben']);
    expect(store.getState().focusIds).toEqual(['anna-met-ben']);
    expect(inside('anna') && inside('ben')).toBe(true);
    expect(cy.zoom()).toBeGreaterThan(wholeZoom);
    cy.viewport({ zoom: 0.2, pan: { x: -5000, y: 0 } });
    graph.fit();
    expect(inside('anna') && inside('ben')).toBe(true);
  });

  it('centres on a node, and waits for one not drawn yet', async () => {
    const { graph, cy, store } = await drawnGraph();
    graph.centre('northland');
    expect(onScreen(cy, 'northland').x).toBeCloseTo(400, 0);
    expect(onScreen(cy, 'northland').y).toBeCloseTo(300, 0);
    const added = addNode(store.getState().story, { label: 'Dora', type: 'person', position: { x: 900, y: 900 } });
    store.getState().applyEdit(() => added.story);
    graph.show({ kind: 'node', id: added.id });
    expect(store.getState().selection).toEqual({ kind: 'node', id: added.id });
    graph.draw(toElements(store.getState().story), { laidOut: false });
    expect(onScreen(cy, added.id).x).toBeCloseTo(400, 0);
    expect(onScreen(cy, added.id).y).toBeCloseTo(300, 0);
  });

  it('shows only what the story has: an unknown id leaves a notice and the view alone', async () => {
    const { graph, cy, store } = await drawnGraph();
    const pan = { ...cy.pan() };
    graph.show({ kind: 'node', id: 'nobody' });
    expect(store.getState().notice).toMatch(/nobody/);
    expect(cy.pan()).toEqual(pan);
  });

  it('zooms about the middle and pans by the given amount', async () => {
    const { graph, cy } = await drawnGraph();
    const zoom = cy.zoom();
    graph.zoomBy(1.25);
    expect(cy.zoom()).toBeCloseTo(Math.min(3, zoom * 1.25));
    const pan = { ...cy.pan() };
    graph.panBy(60, -30);
    expect(cy.pan()).toEqual({ x: pan.x + 60, y: pan.y - 30 });
  });

  it('keeps the reader’s zoom through a resize (keeping its middle), and refits one nobody moved', async () => {
    const { graph, cy } = await drawnGraph();
    const fitted = cy.zoom();
    graph.zoomBy(0.8);
    const zoomed = cy.zoom();
    const pan = { ...cy.pan() };
    // Cytoscape reads its box's new size when told to resize, as with a real container.
    const resizeTo = (height: number) => vi.spyOn(cy, 'resize').mockImplementation(() => (vi.mocked(cy.height).mockReturnValue(height), cy));
    resizeTo(500);
    graph.resized();
    expect(cy.zoom()).toBe(zoomed);
    expect(cy.pan()).toEqual({ x: pan.x, y: pan.y - 50 });
    // Fitted again (the Fit button), the next resize fits too.
    graph.fit();
    graph.zoomBy(0.8);
    graph.fit();
    resizeTo(600);
    graph.resized();
    expect(cy.zoom()).toBeCloseTo(fitted);
  });

  it('gives the box’s shape, exports an SVG, and does nothing without an instance', async () => {
    const { graph, cy, store } = await drawnGraph();
    expect(graph.aspect()).toBeCloseTo(800 / 600);
    const svg = await graph.exportSvg('A small story');
    expect(svg).toContain('<svg');
    expect(svg).toContain('A small story');
    cy.destroy();
    expect(await graph.exportSvg('gone')).toBeNull();
    expect(await graph.exportPng('#fff')).toBeNull();
    expect(() => graph.fitAll()).not.toThrow();
    expect(graphFor(store)).not.toBe(graph); // graphFor makes the store's own, once
    expect(graphFor(store)).toBe(graphFor(store));
  });

  it('hands user zoom and pan to the page and back, on this instance and the next', async () => {
    const { graph, cy } = await drawnGraph();
    graph.setUserNavigation(false);
    expect(cy.userZoomingEnabled()).toBe(false);
    const next = headlessCy();
    graph.attach(next);
    expect(next.userPanningEnabled()).toBe(false);
    graph.setUserNavigation(true);
    expect(next.userZoomingEnabled()).toBe(true);
  });

  it('redraws the story on a new instance (a lost WebGL context, a story crossing the size line)', async () => {
    const { graph, store } = await drawnGraph();
    const next = headlessCy();
    graph.attach(next);
    expect(graph.cy).toBe(next);
    expect(next.nodes().length).toBe(store.getState().story.nodes.length);
  });
});

describe('the stylesheet', () => {
  /** The canvas's part in it: the style hook and the story's elements, on a controller with a headless instance. */
  function Canvas({ graph }: { graph: GraphController }) {
    useGraphStyle(graph);
    useStoryOnCanvas(graph, true);
    return null;
  }

  async function mounted(): Promise<{ store: ExplorerStore; cy: Core; restyles: () => number }> {
    const store = createExplorerStore(smallStory());
    const graph = graphFor(store);
    const cy = headlessCy();
    graph.attach(cy);
    const fromJson = vi.spyOn(cy.style(), 'fromJson');
    render(
      <ExplorerStoreProvider store={store}>
        <Canvas graph={graph} />
      </ExplorerStoreProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(600));
    return { store, cy, restyles: () => fromJson.mock.calls.length };
  }

  it('is not rebuilt by a node drag in the studio, nor by an edit that adds no type', async () => {
    const { store, cy, restyles } = await mounted();
    act(() => store.getState().setEditing(true));
    const before = restyles();
    expect(before).toBeGreaterThan(0);
    const anna = cy.getElementById('anna');
    act(() => {
      anna.position({ x: 321, y: 123 });
      anna.emit('dragfree');
    });
    expect(store.getState().story.nodes.find((n) => n.id === 'anna')?.position).toEqual({ x: 321, y: 123 });
    act(() => {
      store.getState().applyEdit((story) => updateNode(story, 'ben', { label: 'Benjamin' }));
    });
    expect(cy.getElementById('ben').data('label')).toBe('Benjamin');
    act(() => {
      store.getState().applyEdit((story) => setPositions(story, new Map([['ben', { x: 10, y: 10 }]])));
    });
    expect(restyles()).toBe(before);
  });

  it('is rebuilt when a new type comes in, or the theme changes', async () => {
    const { store, restyles } = await mounted();
    const before = restyles();
    act(() => {
      store.getState().applyEdit((story) => addNode(story, { label: 'Juche', type: 'ideology', position: { x: 0, y: 0 } }).story);
    });
    expect(restyles()).toBe(before + 1);
    act(() => store.getState().setTheme('dark'));
    expect(restyles()).toBe(before + 2);
  });
});
