import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/model/anchoring/anchorQuote';
import { segmentParagraph } from '../../src/model/article/segmentParagraph';
import { parseEmbedCommand } from '../../src/model/embed/messages';
import { storyToCsv } from '../../src/model/interchange/csv';
import { csvToDraft } from '../../src/model/interchange/csvRead';
import { storyToCytoscapeJson } from '../../src/model/interchange/cytoscapeJson';
import { cytoscapeJsonToDraft } from '../../src/model/interchange/cytoscapeJsonRead';
import type { DraftResult } from '../../src/model/interchange/draft';
import { gexfToDraft } from '../../src/model/interchange/gexfRead';
import { storyToGexf } from '../../src/model/interchange/gexf';
import { storyToGraphML } from '../../src/model/interchange/graphml';
import { graphmlToDraft } from '../../src/model/interchange/graphmlRead';
import { dropNonXmlChars } from '../../src/model/interchange/xml';
import { PATTERNS } from '../../src/model/story/storyLimits';
import { parseStory, parseStoryText } from '../../src/model/story/parseStory';
import type { ParseResult, Story } from '../../src/model/story/types';
import { MAX_LISTED_PROBLEMS } from '../../src/model/story/problemSink';
import { readDeploymentConfig } from '../../src/model/trust/deploymentConfig';
import { defaultStory, smallStory } from '../helpers/stories';

// Random and mutated input thrown at every parser at the door: none may throw, and every answer is what the caller
// can show (a story or a draft; or a non-empty, capped list of problems, each with a path and a message).

const RUNS = { numRuns: 150 };

function expectProblems(problems: readonly { path: unknown; message: unknown }[]): void {
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS + 1);
  for (const problem of problems) {
    expect(typeof problem.path).toBe('string');
    expect(typeof problem.message).toBe('string');
    expect(String(problem.message).length).toBeGreaterThan(0);
  }
}

function expectAnswer(result: ParseResult | DraftResult): void {
  if (!result.ok) expectProblems(result.problems);
}

/** One change to a JSON tree: at the pick-th value (depth first), delete it, replace it, empty it, or double a list. */
const mutation = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'empty', 'double', 'retype'),
  value: fc.jsonValue({ maxDepth: 2 }),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(root: unknown, change: Mutation): unknown {
  const copy: unknown = structuredClone(root);
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach((item, i) => (slots.push({ parent: value, key: i }), walk(item)));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        slots.push({ parent: value as Record<string, unknown>, key });
        walk(item);
      }
    }
  };
  walk(copy);
  const slot = slots[change.pick % Math.max(1, slots.length)];
  if (!slot) return change.value;
  const { parent, key } = slot;
  const get = () => (Array.isArray(parent) ? parent[key as number] : parent[key as string]);
  const set = (value: unknown) => (Array.isArray(parent) ? (parent[key as number] = value) : (parent[key as string] = value));
  switch (change.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'replace':
      set(change.value);
      break;
    case 'empty': {
      const current = get();
      set(Array.isArray(current) ? [] : typeof current === 'string' ? '' : typeof current === 'object' && current !== null ? {} : null);
      break;
    }
    case 'double': {
      const current = get();
      if (Array.isArray(current)) set([...current, ...structuredClone(current)]);
      else set([current, current]);
      break;
    }
    case 'retype': {
      const current = get();
      set(typeof current === 'string' ? Number(current.length) : typeof current === 'number' ? String(current) : typeof current === 'boolean' ? String(current) : null);
      break;
    }
  }
  return copy;
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });
const applyAll = (root: unknown, changes: readonly Mutation[]) => changes.reduce(mutate, root);

describe('parseStoryText and parseStory', () => {
  const story = defaultStory();
  const text = JSON.stringify(story);

  it('answer any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'grapheme' })), (input) => expectAnswer(parseStoryText(input))), RUNS);
  });

  it('answer the default story with characters cut, inserted or changed', () => {
    const edit = fc.record({ at: fc.nat({ max: text.length }), cut: fc.nat({ max: 40 }), insert: fc.string({ maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const mangled = edits.reduce((t, e) => t.slice(0, e.at) + e.insert + t.slice(e.at + e.cut), text);
        expectAnswer(parseStoryText(mangled));
      }),
      RUNS,
    );
  });

  it('answer the default story with values deleted, replaced, emptied, doubled or retyped', () => {
    fc.assert(
      fc.property(mutations, (changes) => {
        const result = parseStory(applyAll(story, changes));
        expectAnswer(result);
        // Whatever is accepted is a story that passes every check when read again.
        if (result.ok) expect(parseStory(JSON.parse(JSON.stringify(result.story))).ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('answer any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectAnswer(parseStory(value))), RUNS);
  });
});

describe('imports', () => {
  const { nodes, edges } = storyToCsv(smallStory());
  const cyjs = storyToCytoscapeJson(smallStory());

  it('CSV: any two texts, and the exported tables with characters cut or inserted, are answered', () => {
    const mangle = (table: string) =>
      fc.record({ at: fc.nat({ max: table.length }), cut: fc.nat({ max: 20 }), insert: fc.constantFrom('"', ',', '\n', '\r', '\ufeff', "'=", 'x', '') }).map((e) => table.slice(0, e.at) + e.insert + table.slice(e.at + e.cut));
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => expectAnswer(csvToDraft(a, b))), RUNS);
    fc.assert(fc.property(mangle(nodes), mangle(edges), (a, b) => expectAnswer(csvToDraft(a, b))), RUNS);
  });

  it('GraphML and GEXF: any text, and the exports with characters cut or inserted, are answered', () => {
    const mangle = (text: string) =>
      fc.record({ at: fc.nat({ max: text.length }), cut: fc.nat({ max: 30 }), insert: fc.constantFrom('<', '>', '&', '"', '<!DOCTYPE x [', ']]>', '&#0;', '</node>', '') }).map((e) => text.slice(0, e.at) + e.insert + text.slice(e.at + e.cut));
    for (const [write, read] of [[storyToGraphML, graphmlToDraft], [storyToGexf, gexfToDraft]] as const) {
      fc.assert(fc.property(fc.string(), (text) => expectAnswer(read(text))), RUNS);
      fc.assert(fc.property(mangle(write(smallStory())), (text) => expectAnswer(read(text))), RUNS);
    }
  });

  it('Cytoscape JSON: any JSON value, and the export mutated, are answered', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectAnswer(cytoscapeJsonToDraft(value))), RUNS);
    fc.assert(fc.property(mutations, (changes) => expectAnswer(cytoscapeJsonToDraft(applyAll(cyjs, changes)))), RUNS);
  });
});

describe('round trips: story -> GraphML, GEXF, Cytoscape JSON, CSV -> the same graph', () => {
  // Any text a story allows, control characters, lone surrogates and our own escapes (| \\ ' =) included.
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom("'=1", "''=", "'", '=SUM(1)', 'a | b', '\\|', '\r\n', '[1]', '-3'));
  // Text a story requires to be non-blank stays so in XML too (XML may drop control characters, never a whole label);
  // types are compared trimmed, as every reader trims them (ids and types never hold spaces at their ends).
  const nonBlank = anyText.filter((t) => /\S/.test(dropNonXmlChars(t)));
  const trimmed = nonBlank.map((t) => t.trim()).filter((t) => t !== '' && dropNonXmlChars(t).trim() === dropNonXmlChars(t));
  const id = fc.stringMatching(PATTERNS.id).filter((t) => t.length <= 20);
  const coordinate = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));
  const evidence = fc.record(
    { paragraph: id, quote: nonBlank, prefix: fc.string({ unit: 'grapheme', maxLength: 6 }), suffix: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { requiredKeys: ['paragraph', 'quote'] },
  );
  const graph = fc
    .uniqueArray(id, { minLength: 1, maxLength: 6 })
    .chain((ids) => {
      const nodeIds = ids.map((n) => `n-${n}`);
      const node = (nodeId: string) =>
        fc.record(
          { id: fc.constant(nodeId), label: nonBlank, type: trimmed, summary: nonBlank, aliases: fc.array(nonBlank, { maxLength: 3 }), position: fc.record({ x: coordinate, y: coordinate }), evidence: fc.array(evidence, { maxLength: 3 }) },
          { requiredKeys: ['id', 'label', 'type', 'evidence'] },
        );
      const edge = fc.record(
        { source: fc.constantFrom(...nodeIds), target: fc.constantFrom(...nodeIds), label: nonBlank, type: trimmed, directed: fc.boolean(), evidence: fc.array(evidence, { maxLength: 2 }) },
        { requiredKeys: ['source', 'target', 'label', 'evidence'] },
      );
      const edges = fc.array(edge, { maxLength: 5 }).map((list) => list.map((e, i) => ({ id: `e-${i}`, ...e })));
      return fc.tuple(fc.tuple(...nodeIds.map(node)), edges);
    })
    .map(([nodes, edges]) => ({ nodes: nodes.map((n) => (n.aliases?.length === 0 ? { ...n, aliases: undefined } : n)), edges }));

  /** A story around a generated graph; the writers need only its graph, title and article. */
  const storyOf = (g: { nodes: unknown[]; edges: unknown[] }): Story => JSON.parse(JSON.stringify({ version: 1, id: 'g', title: 'T', article: { title: 'A', paragraphs: [{ id: 'p1', text: 'x' }] }, ...g })) as Story;
  /** What an import gives back: the graph, evidence where there was some, direction spelled out, text as the format holds it. */
  const expected = (story: Story, text: (t: string) => string) => ({
    nodes: story.nodes.map((n) => ({
      id: n.id, label: text(n.label), type: text(n.type),
      ...(n.summary !== undefined ? { summary: text(n.summary) } : {}),
      ...(n.aliases ? { aliases: n.aliases.map(text) } : {}),
      ...(n.position ? { position: n.position } : {}),
      ...(n.evidence.length > 0 ? { evidence: n.evidence } : {}),
    })),
    edges: story.edges.map((e) => ({
      id: e.id, source: e.source, target: e.target, label: text(e.label),
      ...(e.type !== undefined ? { type: text(e.type) } : {}),
      directed: e.directed !== false,
      ...(e.evidence.length > 0 ? { evidence: e.evidence } : {}),
    })),
  });
  const graphOf = (result: DraftResult) => {
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return { nodes: result.draft.nodes, edges: result.draft.edges };
  };
  // XML cannot hold control characters or lone surrogates: the one documented loss. Evidence is JSON, which escapes them.
  const readers: [string, (story: Story) => DraftResult, (t: string) => string][] = [
    ['CSV', (story) => csvToDraft(storyToCsv(story).nodes, storyToCsv(story).edges), (t) => t],
    ['Cytoscape JSON', (story) => cytoscapeJsonToDraft(JSON.parse(JSON.stringify(storyToCytoscapeJson(story)))), (t) => t],
    ['GraphML', (story) => graphmlToDraft(storyToGraphML(story)), dropNonXmlChars],
    ['GEXF', (story) => gexfToDraft(storyToGexf(story)), dropNonXmlChars],
  ];
  for (const [name, roundTrip, text] of readers) {
    it(`${name}: ids, labels, types, summaries, aliases, positions, direction and every quote with its context come back`, () => {
      fc.assert(
        fc.property(graph, (g) => {
          const story = storyOf(g);
          // Evidence strings with U+FFFE/U+FFFF would lose them in XML; the generator's graphemes never hold them.
          expect(graphOf(roundTrip(story))).toEqual(expected(story, text));
        }),
        RUNS,
      );
    });
  }
});

describe('messages and settings', () => {
  it('an embed command is a known command or nothing, whatever a host posts', () => {
    const near = fc.record({ type: fc.constantFrom('quotegraph:select', 'quotegraph:focus', 'quotegraph:step', 'quotegraph:clear', 'quotegraph:fit', 'x'), id: fc.anything(), ids: fc.anything(), step: fc.anything() }, { requiredKeys: ['type'] });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), near), (data) => {
        const command = parseEmbedCommand(data);
        if (command) expect(command.type).toMatch(/^quotegraph:(select|clear|focus|step|fit)$/);
      }),
      { numRuns: 300 },
    );
  });

  it('a deployment config never opens more than it names', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ allowedStoryOrigins: fc.array(fc.oneof(fc.webUrl(), fc.string())), otherStories: fc.string() })), (input) => {
        const { config } = readDeploymentConfig(input);
        expect(['ask', 'refuse']).toContain(config.otherStories);
        for (const origin of config.allowedStoryOrigins) expect(origin).toMatch(/^https?:\/\/[^/]+$/);
      }),
      RUNS,
    );
  });
});

describe('the linear algorithms agree with the obvious ones', () => {
  const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 30 });
  const naiveAnchor = (text: string, exact: string, prefix?: string, suffix?: string) => {
    if (exact === '') return { ok: false, reason: 'empty', occurrences: 0 };
    const at: number[] = [];
    for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) at.push(i);
    const fits = at.filter((i) => (!prefix || text.endsWith(prefix, i)) && (!suffix || text.startsWith(suffix, i + exact.length)));
    if (at.length === 0) return { ok: false, reason: 'not-found', occurrences: 0 };
    if (fits.length === 1) return { ok: true, start: fits[0], end: (fits[0] ?? 0) + exact.length };
    if (fits.length === 0) return { ok: false, reason: 'context-mismatch', occurrences: at.length };
    return { ok: false, reason: 'ambiguous', occurrences: fits.length };
  };

  it('anchorQuote', () => {
    fc.assert(
      fc.property(small, fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 4 }), fc.option(small.map((s) => s.slice(0, 3)), { nil: undefined }), fc.option(small.map((s) => s.slice(0, 3)), { nil: undefined }), (text, exact, prefix, suffix) => {
        expect(anchorQuote(text, { exact, prefix, suffix })).toEqual(naiveAnchor(text, exact, prefix, suffix));
      }),
      { numRuns: 500 },
    );
  });

  it('segmentParagraph', () => {
    const range = fc.record({ start: fc.integer({ min: -2, max: 22 }), end: fc.integer({ min: -2, max: 22 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(range, { maxLength: 8 }), (text, ranges) => {
        const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end].map((n) => Math.max(0, Math.min(text.length, n))))])].sort((a, b) => a - b);
        const expected = cuts.slice(0, -1).flatMap((start, i) => {
          const end = cuts[i + 1] ?? start;
          return end > start ? [{ start, end, text: text.slice(start, end), covering: ranges.filter((r) => r.start <= start && r.end >= end) }] : [];
        });
        expect(segmentParagraph(text, ranges)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
