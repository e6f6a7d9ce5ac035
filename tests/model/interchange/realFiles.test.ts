import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphFromFiles, type NamedText } from '../../../src/model/interchange/graphFiles';
import { decodeText } from '../../../src/model/interchange/textBytes';

// Files as other programs write them (tests/fixtures/interchange/): NetworkX 3.6 (written by it), Gephi's Data
// Laboratory and GEXF export, yEd, Excel in a German locale. Each is read from its bytes, as the studio and
// `npm run convert` read them; what does not fit a story is renamed or listed in notes, never dropped silently.

const disk = (name: string): NamedText => ({
  name,
  arrayBuffer: async () => {
    const bytes = readFileSync(`tests/fixtures/interchange/${name}`);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  },
});

async function read(...names: string[]) {
  const result = await graphFromFiles(names.map(disk));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { ...result.draft, notes: result.notes ?? [] };
}

describe('imports of real-world files', () => {
  it("Gephi's Data Laboratory CSVs: numeric ids shared by nodes and edges, Type as direction, Weight, an empty Label", async () => {
    // Given in either order: which table holds the nodes is decided by its columns.
    for (const names of [['gephi-nodes.csv', 'gephi-edges.csv'], ['gephi-edges.csv', 'gephi-nodes.csv']]) {
      const { nodes, edges, notes } = await read(...names);
      expect(nodes).toEqual([{ id: '0', label: 'Kim Jong Un', type: 'other' }, { id: '1', label: '1', type: 'other' }, { id: '2', label: 'Xi Jinping', type: 'other' }]);
      expect(edges).toEqual([
        { id: 'edge-0', source: '0', target: '1', label: 'related to', directed: false },
        { id: 'edge-1', source: '2', target: '0', label: 'met with', directed: true },
      ]);
      expect(notes).toEqual([
        expect.stringMatching(/^2 edge id\(s\) repeated another id .*"0" → edge-0, "1" → edge-1\.$/),
        '1 node(s) had no label; each is named by its id.',
        'Not kept (a story has no place for them): gephi-nodes.csv columns "modularity_class".',
        'Not kept (a story has no place for them): gephi-edges.csv columns "weight".',
      ]);
    }
  });

  it('Excel: Windows-1252 with ; and decimal commas, decoded and said so; CSV UTF-8 with its byte order mark and CRLF', async () => {
    const { nodes, edges, notes } = await read('excel-cp1252-semicolon.csv', 'excel-utf8-bom-edges.csv');
    expect(nodes).toEqual([
      { id: 'zurich', label: 'Zürich', type: 'place', summary: 'Stadt an der Limmat – „Großstadt“', position: { x: 12.5, y: -3.25 } },
      { id: 'koeln', label: 'Köln', type: 'place', summary: 'Dom & Rhein', position: { x: 1, y: 2 } },
    ]);
    expect(edges).toEqual([{ id: 'edge-1', source: 'zurich', target: 'koeln', label: 'Zug über Basel' }]);
    expect(notes).toEqual([expect.stringMatching(/^excel-cp1252-semicolon\.csv is not UTF-8: it was read as Windows-1252/)]);
  });

  it('an edges table alone: nodes made from the ends, names with spaces made into ids, the mapping reported', async () => {
    const { nodes, edges, notes } = await read('edges-only.csv');
    expect(nodes).toEqual([
      { id: 'Kim-Jong-Un', label: 'Kim Jong Un', type: 'other' },
      { id: 'Xi-Jinping', label: 'Xi Jinping', type: 'other' },
      { id: 'Vladimir-Putin', label: 'Vladimir Putin', type: 'other' },
    ]);
    expect(edges.map((e) => [e.source, e.target, e.label])).toEqual([['Kim-Jong-Un', 'Xi-Jinping', 'met with'], ['Xi-Jinping', 'Vladimir-Putin', 'hosted']]);
    expect(notes).toEqual([
      '3 node id(s) changed to fit the story format (letters, digits and - _ . :), the original kept as the name or another name: "Kim Jong Un" → Kim-Jong-Un, "Xi Jinping" → Xi-Jinping, "Vladimir Putin" → Vladimir-Putin.',
      "No nodes table: 3 nodes were made from the edges' ends, each named by its end.",
    ]);
  });

  it.each(['networkx-undirected.graphml', 'networkx-undirected.gexf', 'networkx-cytoscape-undirected.json'])(
    'NetworkX %s of an undirected graph keyed by names stays undirected, ids made valid, weights listed',
    async (name) => {
      const { nodes, edges, notes } = await read(name);
      expect(nodes).toEqual([
        { id: 'Kim-Jong-Un', label: 'Kim Jong Un', type: 'person' },
        { id: 'Xi-Jinping', label: 'Xi Jinping', type: 'person' },
        { id: 'Zurich', label: 'Zürich', type: 'place' },
      ]);
      expect(edges.map((e) => [e.source, e.target, e.directed])).toEqual([['Kim-Jong-Un', 'Xi-Jinping', false], ['Xi-Jinping', 'Zurich', false]]);
      expect(notes[0]).toMatch(/"Zürich" → Zurich/);
      expect(notes.join(' ')).toMatch(/weight/);
    },
  );

  it('NetworkX GraphML of a directed graph with numeric ids', async () => {
    const { nodes, edges } = await read('networkx-directed-numeric.graphml');
    expect(nodes.map((n) => n.id)).toEqual(['0', '1', '2']);
    expect(edges).toEqual([
      { id: 'edge-1', source: '0', target: '1', label: 'supports', directed: true },
      { id: 'edge-2', source: '1', target: '2', label: 'related to', directed: true },
    ]);
  });

  it("yEd: labels and boxes from its drawing data, an edge without arrows undirected, the description as summary", async () => {
    const { nodes, edges, notes } = await read('yed.graphml');
    expect(nodes).toEqual([
      { id: 'n0', label: 'Kim Jong Un', type: 'other', summary: 'Supreme Leader of North Korea', position: { x: 145, y: 215 } },
      { id: 'n1', label: 'Xi Jinping', type: 'other', position: { x: 345, y: 215 } },
    ]);
    expect(edges).toEqual([
      { id: 'e0', source: 'n0', target: 'n1', label: 'met with', directed: false },
      { id: 'e1', source: 'n1', target: 'n0', label: 'hosted', directed: true },
    ]);
    expect(notes).toEqual([]);
  });

  it('Gephi GEXF: y flipped back, a directed edge in an undirected graph, colours, weights and statistics listed', async () => {
    const { nodes, edges, notes } = await read('gephi.gexf');
    expect(nodes).toEqual([{ id: '0', label: 'Kim Jong Un', type: 'other', position: { x: -12.5, y: -40 } }, { id: '1', label: 'Xi Jinping', type: 'other', position: { x: 30, y: 0 } }]);
    expect(edges.map((e) => [e.id, e.directed])).toEqual([['edge-0', false], ['edge-1', true]]);
    expect(notes).toEqual([
      expect.stringMatching(/^2 edge id\(s\) repeated another id/),
      'Not kept: colours, sizes and shapes of 1 node(s) (the explorer draws by type).',
      "Not kept: the weights of 1 edge(s); a story's relations have no weight.",
      'Not kept (a story has no place for them): node attributes "modularity class".',
    ]);
  });

  it('Cytoscape desktop .cyjs is read by extension, like .json', async () => {
    const cyjs = JSON.stringify({ format_version: '1.0', generated_by: 'cytoscape-3.10.3', data: { name: 'net', SUID: 52 }, elements: { nodes: [{ data: { id: '101', shared_name: 'A', name: 'A', SUID: 101, selected: false }, position: { x: 1, y: 2 } }, { data: { id: '102', name: 'B', SUID: 102 } }], edges: [{ data: { id: '103', source: '101', target: '102', interaction: 'pp', SUID: 103, shared_interaction: 'pp' } }] } });
    const result = await graphFromFiles([{ name: 'network.cyjs', text: async () => cyjs }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.draft.nodes.map((n) => [n.id, n.label])).toEqual([['101', 'A'], ['102', 'B']]);
    expect(result.draft.edges).toEqual([{ id: '103', source: '101', target: '102', label: 'pp' }]);
  });
});

describe('decodeText', () => {
  it('reads the Windows-1252 bytes Node reads as Latin-1 correctly', () => {
    const bytes = Uint8Array.from([...Array.from({ length: 32 }, (_, i) => 0x80 + i)].filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b)));
    expect(decodeText('x.csv', bytes)).toEqual({ ok: true, text: '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ', note: expect.stringMatching(/Windows-1252/) });
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252 instead of garbling them', () => {
    expect(decodeText('x.csv', Uint8Array.from([0x41, 0x81, 0xff]))).toEqual({ ok: false, message: expect.stringMatching(/neither UTF-8 nor Windows-1252/) });
  });

  it('reads UTF-16 with its byte order mark (Excel\'s "Unicode text") and UTF-8 with or without one', () => {
    expect(decodeText('x.txt', Uint8Array.from([0xff, 0xfe, 0x5a, 0x00, 0xfc, 0x00]))).toEqual({ ok: true, text: 'Zü' });
    expect(decodeText('x.csv', Uint8Array.from([0xef, 0xbb, 0xbf, 0x5a, 0xc3, 0xbc]))).toEqual({ ok: true, text: 'Zü' });
  });
});
