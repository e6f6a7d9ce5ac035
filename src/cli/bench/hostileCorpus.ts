// Files built to make the checks slow, deep or loud: the corpus `npm run bench:hostile` times and the tests hold to
// "answered, quickly, with a bounded list". Each is generated (deterministic), so the repository carries no 10 MB files.

/** A hostile story file and what a correct answer to it is: drawn, or refused with a list of problems. */
export interface HostileFile {
  name: string;
  /** What it attacks, in a line, for the bench's report. */
  attack: string;
  text: string;
  expect: 'story' | 'problems';
}

const MB = 1024 * 1024;

function story(paragraphs: { id: string; text: string }[], nodes: unknown[], edges: unknown[] = []): string {
  return JSON.stringify({ version: 1, id: 'hostile', title: 'Hostile', article: { title: 'A', paragraphs }, nodes, edges });
}

function node(i: number, evidence: unknown[]): unknown {
  return { id: `n${i}`, label: `Node ${i}`, type: 'person', evidence };
}

/** Letters without a space, varied so a near miss has only one good place to land. */
function noSpaces(length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += String.fromCharCode(97 + ((i * 7 + (i >> 3)) % 26));
  return out.slice(0, length);
}

/** 120 quotes that almost match one 20,000-character paragraph with no spaces: every one asks for a closest-passage hint. */
function nearMisses(): HostileFile {
  const text = noSpaces(20_000);
  const nodes = Array.from({ length: 120 }, (_, i) => {
    const at = (i * 157) % (text.length - 200);
    const exact = text.slice(at, at + 199);
    return node(i, [{ paragraph: 'p1', quote: `${exact.slice(0, 100)}#${exact.slice(101)}` }]);
  });
  return { name: 'near-misses', attack: '120 near-miss quotes against one long paragraph without spaces', text: story([{ id: 'p1', text }], nodes), expect: 'problems' };
}

/** Valid, but each quote (2,000 × "a") occurs 18,000 times overlapping, singled out only by its suffix. */
function overlapping(): HostileFile {
  const text = `${'a'.repeat(19_999)}b`;
  const nodes = Array.from({ length: 500 }, (_, i) => node(i, [{ paragraph: 'p1', quote: 'a'.repeat(2000), suffix: 'b' }]));
  return { name: 'overlapping-quotes', attack: '500 valid quotes, each occurring 18,000 times overlapping in its paragraph', text: story([{ id: 'p1', text }], nodes), expect: 'story' };
}

/** 30,000 empty edges: every one fails the schema several ways. */
function emptyEdges(): HostileFile {
  const edges = Array.from({ length: 30_000 }, () => ({}));
  return { name: 'empty-edges', attack: '30,000 empty {} edges', text: story([{ id: 'p1', text: 'Kim.' }], [node(0, [{ paragraph: 'p1', quote: 'Kim' }])], edges), expect: 'problems' };
}

/** The largest list of problems a file under the cap can ask for: every edge of the maximum dangles at both ends. */
function danglingEdges(): HostileFile {
  const edges = Array.from({ length: 140_000 }, (_, i) => ({ id: `e${i}`, source: 'x', target: 'y', label: 'r', evidence: [] }));
  return { name: 'dangling-edges', attack: '140,000 edges with missing ends and no quotes (420,000 problems)', text: story([{ id: 'p1', text: 'Kim.' }], [node(0, [{ paragraph: 'p1', quote: 'Kim' }])], edges), expect: 'problems' };
}

/** Many paragraphs, each with a quote that is not there: the hints' budget has to be per story, not per quote. */
function missingEverywhere(): HostileFile {
  const paragraphs = Array.from({ length: 2_500 }, (_, i) => ({ id: `p${i}`, text: noSpaces(2_000 + (i % 7)) }));
  const nodes = paragraphs.map((p, i) => node(i, [{ paragraph: p.id, quote: `${p.text.slice(100, 1_100)}!` }]));
  return { name: 'missing-everywhere', attack: '2,500 paragraphs of 2,000 characters, each cited by a quote that is not in it', text: story(paragraphs, nodes), expect: 'problems' };
}

/** A 20,000-character paragraph cited by 100,000 tiny quotes: each would read the whole paragraph. */
function tinyQuotes(): HostileFile {
  const text = noSpaces(20_000);
  const nodes = Array.from({ length: 1_000 }, (_, i) => node(i, Array.from({ length: 100 }, (_, k) => ({ paragraph: 'p1', quote: text.slice(19_990 - ((i + k) % 9), 19_999 - ((i + k) % 9)) }))));
  return { name: 'tiny-quotes', attack: '100,000 short quotes all citing one 20,000-character paragraph', text: story([{ id: 'p1', text }], nodes), expect: 'problems' };
}

/** A valid story close to the 10 MB cap: long article text, 5,000 nodes (with saved positions) and 5,000 relations. */
function bigValid(): HostileFile {
  const filler = 'Talks went on about borders and the weather, at length and in detail. '.repeat(11);
  const paragraphs = Array.from({ length: 8_000 }, (_, i) => ({
    id: `p${i}`,
    text: `Paragraph ${i}: the minister of region ${i} met the envoy of region ${i + 1} and spoke about trade. ${filler}`,
  }));
  const n = 5_000;
  const nodes = Array.from({ length: n }, (_, i) => ({
    ...(node(i, [{ paragraph: `p${i}`, quote: `the minister of region ${i}`, suffix: ' met' }]) as object),
    position: { x: (i % 70) * 180, y: Math.floor(i / 70) * 130 },
  }));
  const edges = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`, source: `n${i}`, target: `n${(i * 7 + 1) % n}`, label: 'met', evidence: [{ paragraph: `p${i}`, quote: `the envoy of region ${i + 1} and spoke` }],
  }));
  return { name: 'big-valid', attack: 'a valid story near the 10 MB cap (8,000 long paragraphs, 5,000 placed nodes and 5,000 relations)', text: story(paragraphs, nodes, edges), expect: 'story' };
}

/** Arrays nested far deeper than any parser's stack. */
function deepNesting(): HostileFile {
  const depth = 1_000_000;
  return { name: 'deep-nesting', attack: 'JSON nested a million levels deep', text: `{"version":1,"nodes":${'['.repeat(depth)}${']'.repeat(depth)}}`, expect: 'problems' };
}

/** One 9 MB string where a title belongs. */
function hugeString(): HostileFile {
  return { name: 'huge-string', attack: 'a 9 MB title', text: story([{ id: 'p1', text: 'x' }], []).replace('"title":"Hostile"', `"title":"${'x'.repeat(9 * MB)}"`), expect: 'problems' };
}

/** Every hostile story file, each under the 10 MB cap. */
export function hostileStories(): HostileFile[] {
  return [nearMisses(), overlapping(), emptyEdges(), danglingEdges(), missingEverywhere(), tinyQuotes(), bigValid(), deepNesting(), hugeString()];
}

/** Hostile imports: CSV edges without ids where every generated name is taken; Cytoscape JSON of empty elements. */
export function hostileImports(): { name: string; attack: string; files: { name: string; text: string }[] }[] {
  const n = 50_000;
  const nodeRows = Array.from({ length: n }, (_, i) => `edge-${i + 1},Node ${i}`).join('\n');
  const edgeRows = Array.from({ length: n }, (_, i) => `edge-${i + 1},edge-${((i * 7) % n) + 1},met`).join('\n');
  return [
    {
      name: 'csv-taken-names',
      attack: `${n.toLocaleString('en')} edges without ids, every name edge-N already taken by a node`,
      files: [{ name: 'nodes.csv', text: `id,label\n${nodeRows}\n` }, { name: 'edges.csv', text: `source,target,label\n${edgeRows}\n` }],
    },
    {
      name: 'cytoscape-empty-elements',
      attack: '200,000 empty {} elements',
      files: [{ name: 'graph.json', text: JSON.stringify({ elements: Array.from({ length: 200_000 }, () => ({})) }) }],
    },
  ];
}
