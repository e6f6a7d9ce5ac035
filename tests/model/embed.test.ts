import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../src/model/zodConfig';
import { idChoices, selectionFromValue, selectionValue } from '../../src/model/embed/idChoices';
import { allowedOrigins, parseEmbedCommand } from '../../src/model/embed/messages';
import { elementSnippet, iframeSnippet, type SnippetTarget } from '../../src/model/embed/snippets';
import { buildStoryIndex } from '../../src/model/graph/storyIndex';
import { defaultStory } from '../helpers/stories';

describe('embed commands', () => {
  it('accepts the documented commands', () => {
    expect(parseEmbedCommand({ type: 'quotegraph:select', id: 'juche' })).toEqual({ type: 'quotegraph:select', id: 'juche' });
    expect(parseEmbedCommand({ type: 'quotegraph:focus', ids: ['a', 'b'] })).toEqual({ type: 'quotegraph:focus', ids: ['a', 'b'] });
    expect(parseEmbedCommand({ type: 'quotegraph:step', step: 3 })).toEqual({ type: 'quotegraph:step', step: 3 });
    expect(parseEmbedCommand({ type: 'quotegraph:clear' })).toEqual({ type: 'quotegraph:clear' });
  });

  it('ignores anything malformed', () => {
    for (const junk of [
      null,
      'quotegraph:clear',
      { type: 'quotegraph:select' },
      { type: 'quotegraph:select', id: '' },
      { type: 'quotegraph:select', id: 'x', extra: 1 },
      { type: 'quotegraph:step', step: 0 },
      { type: 'quotegraph:step', step: 1.5 },
      { type: 'quotegraph:focus', ids: 'a' },
      { type: 'evil' },
    ]) {
      expect(parseEmbedCommand(junk)).toBeNull();
    }
  });
});

describe('embed commands, checked by hand', () => {
  // The zod schema the hand check replaced (so the iframe loads no zod): the two must answer alike.
  const Id = z.string().min(1).max(200);
  const EmbedCommandSchema = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('quotegraph:select'), id: Id }),
    z.strictObject({ type: z.literal('quotegraph:clear') }),
    z.strictObject({ type: z.literal('quotegraph:focus'), ids: z.array(Id).max(500) }),
    z.strictObject({ type: z.literal('quotegraph:step'), step: z.number().int().min(1).max(1000) }),
    z.strictObject({ type: z.literal('quotegraph:fit') }),
  ]);
  const bySchema = (data: unknown) => {
    const parsed = EmbedCommandSchema.safeParse(data);
    return parsed.success ? parsed.data : null;
  };

  it('agree with the zod schema they replaced, on near misses and on anything at all', () => {
    const id = fc.oneof(fc.string({ maxLength: 3 }), fc.constant(''), fc.constant('x'.repeat(200)), fc.constant('x'.repeat(201)), fc.anything());
    const near = fc.record(
      {
        type: fc.constantFrom('quotegraph:select', 'quotegraph:focus', 'quotegraph:step', 'quotegraph:clear', 'quotegraph:fit', 'x'),
        id,
        ids: fc.oneof(fc.array(id, { maxLength: 4 }), fc.constant(Array<string>(501).fill('a')), fc.constant(Array<string>(500).fill('a')), fc.constant(Array<string>(2).fill('a', 1)), fc.anything()),
        step: fc.oneof(fc.constantFrom(0, 1, 1.5, 1000, 1001, -1, NaN, Infinity, '3'), fc.double(), fc.integer()),
        extra: fc.anything(),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), near), (data) => {
        expect(parseEmbedCommand(data)).toEqual(bySchema(data));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('allowedOrigins', () => {
  it('defaults to the embedding page, or takes an explicit list of exact origins', () => {
    expect(allowedOrigins(null, 'https://news.example')).toEqual(['https://news.example']);
    expect(allowedOrigins(null, null)).toEqual([]);
    expect(allowedOrigins('https://a.example, https://b.example:8443', 'https://news.example')).toEqual(['https://a.example', 'https://b.example:8443']);
  });

  it('drops anything that is not an exact http(s) origin', () => {
    expect(allowedOrigins('*,javascript:alert(1),https://a.example/path,https://ok.example/', null)).toEqual(['https://ok.example']);
  });
});

describe('embed snippets', () => {
  const target: SnippetTarget = {
    appBase: 'https://news.example/graphs/',
    scriptUrl: 'https://news.example/graphs/quote-graph.js',
    storyUrl: 'https://news.example/graphs/stories/xi.json',
    title: 'Xi & Kim "in Beijing"',
    selection: { kind: 'node', id: 'kim-jong-un' },
    step: 2,
  };

  it('writes the element with the current view, attributes escaped', () => {
    expect(elementSnippet(target)).toBe(
      '<script type="module" src="https://news.example/graphs/quote-graph.js"></script>\n' +
        '<quote-graph src="https://news.example/graphs/stories/xi.json" node="kim-jong-un" step="3"></quote-graph>',
    );
    expect(elementSnippet({ ...target, selection: { kind: 'edge', id: 'a"><script>' }, step: null })).toContain('edge="a&quot;&gt;&lt;script&gt;"');
  });

  it('writes the iframe with the view in its URL and a resize script that checks the origin', () => {
    const snippet = iframeSnippet(target, 'https://news.example/graphs/stories/xi.json');
    expect(snippet).toContain('src="https://news.example/graphs/index.html?embed&amp;node=kim-jong-un&amp;step=3"');
    expect(snippet).toContain('title="Quotegraph: Xi &amp; Kim &quot;in Beijing&quot;"');
    expect(snippet).toContain('event.origin !== "https://news.example"');
    expect(snippet).toContain('frame.contentWindow === event.source');
    expect(snippet).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    expect(iframeSnippet({ ...target, storyUrl: 'https://cdn.example/s.json' }, 'https://news.example/graphs/stories/xi.json')).toContain(
      'story=https%3A%2F%2Fcdn.example%2Fs.json',
    );
  });
});

describe('idChoices', () => {
  it('lists every node and relation of the story once, by what a person reads, alphabetically', () => {
    const story = defaultStory();
    const { nodes, edges } = idChoices(buildStoryIndex(story));
    expect(nodes.map((c) => c.selection.id).sort()).toEqual(story.nodes.map((n) => n.id).sort());
    expect(edges.map((c) => c.selection.id).sort()).toEqual(story.edges.map((e) => e.id).sort());
    expect(nodes.find((c) => c.selection.id === 'kim-jong-un')?.label).toBe('Kim Jong Un');
    expect(edges.find((c) => c.selection.id === 'xi-met-kim')?.label).toBe('Xi Jinping met with Kim Jong Un');
    const labels = nodes.map((c) => c.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  });

  it('writes a selection as a <select> value and reads it back', () => {
    for (const selection of [{ kind: 'node', id: 'kim-jong-un' }, { kind: 'edge', id: 'a:b.c' }, null] as const) {
      expect(selectionFromValue(selectionValue(selection))).toEqual(selection);
    }
    expect(selectionFromValue('person:kim')).toBeNull();
  });
});
