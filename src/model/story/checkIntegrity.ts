import { anchorQuote } from '../anchoring/anchorQuote';
import { closestPassage, HINT_LIMITS, hintBudget, type HintBudget } from '../anchoring/closestPassage';
import { ProblemSink } from './problemSink';
import { LIMITS } from './storyLimits';
import type { Evidence, Problem, Story, TourStep } from './types';

/** A paragraph as the checks read it; `text` is undefined when the paragraph's own shape failed (its id still counts). */
export interface CheckedParagraph {
  readonly id: string;
  readonly text: string | undefined;
}

/** A node or an edge as the checks read it: a field whose shape failed is undefined (the schema has named it). */
export interface CheckedElement {
  readonly id: string | undefined;
  /** Each item undefined when its own shape failed. */
  readonly evidence: readonly (Evidence | undefined)[] | undefined;
}

export interface CheckedEdge extends CheckedElement {
  readonly source: string | undefined;
  readonly target: string | undefined;
}

/**
 * What the integrity checks read: a story's parts, each where it stands in the file (so paths stay true). A list is
 * undefined when it cannot be read as one, an item when nothing of it can be read. A valid Story's parts are all there.
 */
export interface StoryParts {
  readonly paragraphs: readonly (CheckedParagraph | undefined)[] | undefined;
  readonly nodes: readonly (CheckedElement | undefined)[] | undefined;
  readonly edges: readonly (CheckedEdge | undefined)[] | undefined;
  readonly steps: readonly (TourStep | undefined)[] | undefined;
}

type Paragraphs = ReadonlyMap<string, string | undefined>;

/**
 * Checks what a schema cannot: unique ids, edge ends, evidence paragraphs, and that every quote anchors exactly once.
 * The list is capped (ProblemSink), and closest-passage hints are given within one budget per story.
 */
export function checkIntegrity(story: Story): Problem[] {
  const sink = new ProblemSink();
  checkParts({ paragraphs: story.article.paragraphs, nodes: story.nodes, edges: story.edges, steps: story.steps }, sink);
  return sink.problems();
}

/** A hint quoted in a message: at most this many characters of the passage, so a list of them stays readable. */
const HINT_SHOWN = 300;

/**
 * checkIntegrity over whatever of a story could be read, so one run also reports these problems when the schema
 * fails. A check that needs a part that could not be read is skipped rather than guessed, so a fault the schema has
 * named is not reported again as its consequences (every quote "citing a missing paragraph", every edge dangling).
 */
export function checkParts(parts: StoryParts, problems: ProblemSink): void {
  const hints = hintBudget();
  const paragraphs = parts.paragraphs && new Map<string, string | undefined>();
  parts.paragraphs?.forEach((p, i) => {
    if (!p || !paragraphs) return;
    if (paragraphs.has(p.id)) problems.add({ path: `article.paragraphs[${i}].id`, message: `Paragraph id "${p.id}" is used twice.` });
    else paragraphs.set(p.id, p.text);
  });

  const nodes = parts.nodes ?? [];
  const edges = parts.edges ?? [];
  // Who first took each id, as an index (edges counted after the nodes); paths are written only for a problem.
  const ids = new Map<string, number>();
  const nodeCount = nodes.length;
  const where = (claim: number) => (claim < nodeCount ? `nodes[${claim}].id` : `edges[${claim - nodeCount}].id`);
  const claim = (id: string | undefined, at: number) => {
    if (id === undefined) return;
    const earlier = ids.get(id);
    if (earlier !== undefined) problems.add({ path: where(at), message: `Id "${id}" is already used at ${where(earlier)}; node and edge ids must be unique.` });
    else ids.set(id, at);
  };
  nodes.forEach((node, i) => claim(node?.id, i));
  edges.forEach((edge, i) => claim(edge?.id, nodeCount + i));

  // Nodes claim first, so an id is a node's exactly when its first claim is. Without a list of nodes, no end can be judged.
  const isNode = (id: string) => (ids.get(id) ?? nodeCount) < nodeCount;
  if (parts.nodes) {
    edges.forEach((edge, i) => {
      if (edge?.source !== undefined && !isNode(edge.source)) problems.add(danglingEnd(edge, i, 'source', edge.source));
      if (edge?.target !== undefined && !isNode(edge.target)) problems.add(danglingEnd(edge, i, 'target', edge.target));
    });
  }

  const checkEvidence = (element: CheckedElement, kind: 'node' | 'edge', base: string) => {
    if (!element.evidence) return;
    const owner = ownerName(element, kind, base);
    if (element.evidence.length === 0) problems.add({ path: `${base}.evidence`, message: `${owner} needs at least one evidence quote.` });
    if (!paragraphs) return;
    element.evidence.forEach((item, k) => {
      if (item) problems.addAll(checkEvidenceItem(item, paragraphs, owner, `${base}.evidence[${k}]`, hints));
    });
  };
  // Anchoring reads the cited paragraph once per quote: a file that would make that too much is told so, not read.
  if (paragraphs && quoteReading(nodes, edges, paragraphs) > LIMITS.quoteReading) {
    problems.add({
      path: '(the whole file)',
      message: `Checking its quotes would mean reading more than ${(LIMITS.quoteReading / 1e6).toFixed(0)} million characters of article text (each quote reads the paragraph it cites), so they were not checked. Split long paragraphs, or cite fewer quotes from each.`,
    });
  } else {
    // Most elements are fine: they cost a lookup and a search per quote, and no problem text is written for them.
    const fine = (element: CheckedElement) =>
      element.evidence !== undefined && element.evidence.length > 0 && element.evidence.every((item) => item !== undefined && anchors(item, paragraphs));
    nodes.forEach((node, i) => {
      if (node && !fine(node)) checkEvidence(node, 'node', `nodes[${i}]`);
    });
    edges.forEach((edge, i) => {
      if (edge && !fine(edge)) checkEvidence(edge, 'edge', `edges[${i}]`);
    });
  }
  if (parts.steps) problems.addAll(checkSteps(parts.steps, parts.nodes && parts.edges && ids, paragraphs));
}

/** `Node "kim"`, or, when its id could not be read, where it stands: `The node at nodes[3]`. */
function ownerName(element: CheckedElement, kind: 'node' | 'edge', base: string): string {
  return element.id === undefined ? `The ${kind} at ${base}` : `${kind === 'node' ? 'Node' : 'Edge'} "${element.id}"`;
}

function danglingEnd(edge: CheckedEdge, i: number, end: 'source' | 'target', id: string): Problem {
  return { path: `edges[${i}].${end}`, message: `${ownerName(edge, 'edge', `edges[${i}]`)} ${end} "${id}" is not a node of this story.` };
}

/** Tour steps may only name things the story has; what cannot be known (the ids, the paragraphs) is not judged. */
function checkSteps(steps: readonly (TourStep | undefined)[], elementIds: ReadonlyMap<string, unknown> | undefined, paragraphs: Paragraphs | undefined): Problem[] {
  const problems: Problem[] = [];
  steps.forEach((step, i) => {
    if (!step) return;
    const where = `steps[${i}]`;
    if (elementIds) {
      (step.focus ?? []).forEach((id, k) => {
        if (!elementIds.has(id)) problems.push({ path: `${where}.focus[${k}]`, message: `Step ${i + 1} focuses "${id}", which is not a node or edge of this story.` });
      });
      if (step.select !== undefined && !elementIds.has(step.select)) {
        problems.push({ path: `${where}.select`, message: `Step ${i + 1} selects "${step.select}", which is not a node or edge of this story.` });
      }
    }
    if (paragraphs && step.paragraph !== undefined && !paragraphs.has(step.paragraph)) {
      problems.push({ path: `${where}.paragraph`, message: `Step ${i + 1} scrolls to paragraph "${step.paragraph}", which the article does not have.` });
    }
  });
  return problems;
}

/** How many characters anchoring every quote would read: the cited paragraph's length, once per quote. */
function quoteReading(nodes: readonly (CheckedElement | undefined)[], edges: readonly (CheckedElement | undefined)[], paragraphs: Paragraphs): number {
  let total = 0;
  for (const list of [nodes, edges]) {
    for (const element of list) {
      for (const item of element?.evidence ?? []) if (item) total += (paragraphs.get(item.paragraph)?.length ?? 0) + item.quote.length;
    }
  }
  return total;
}

/** True when the quote stands exactly once in the paragraph it cites. */
function anchors(item: Evidence, paragraphs: Paragraphs | undefined): boolean {
  const text = paragraphs?.get(item.paragraph);
  return text !== undefined && anchorQuote(text, { exact: item.quote, prefix: item.prefix, suffix: item.suffix }).ok;
}

function checkEvidenceItem(item: Evidence, paragraphs: Paragraphs, owner: string, path: string, hints: HintBudget): Problem[] {
  if (!paragraphs.has(item.paragraph)) {
    return [{ path: `${path}.paragraph`, message: `${owner} cites paragraph "${item.paragraph}", which the article does not have.` }];
  }
  const text = paragraphs.get(item.paragraph);
  // The paragraph is there but its own shape failed (the schema has said so): its quotes cannot be judged.
  if (text === undefined) return [];
  const anchor = anchorQuote(text, { exact: item.quote, prefix: item.prefix, suffix: item.suffix });
  if (anchor.ok) return [];
  const where = `paragraph "${item.paragraph}"`;
  switch (anchor.reason) {
    case 'empty':
      return [{ path: `${path}.quote`, message: `${owner}: the quote is empty.` }];
    case 'ambiguous':
      return [
        {
          path: `${path}.quote`,
          message: `${owner}: the quote occurs ${anchor.occurrences} times in ${where}; add a "prefix" or "suffix" to say which one.`,
        },
      ];
    case 'context-mismatch':
      return [
        {
          path: `${path}.${item.prefix ? 'prefix' : 'suffix'}`,
          message: `${owner}: the quote occurs in ${where}, but never with that prefix/suffix right beside it.`,
        },
      ];
    case 'not-found': {
      if (hints.quotes <= 0) {
        const note = ` (Closest-passage hints are given for the first ${HINT_LIMITS.quotes} quotes that do not match; fix those and check again.)`;
        return [{ path: `${path}.quote`, message: `${owner}: the quote is not in ${where} word for word.${note}` }];
      }
      const near = closestPassage(text, item.quote, hints);
      const shown = near && near.text.length > HINT_SHOWN ? `${near.text.slice(0, HINT_SHOWN)}… (${near.text.length.toLocaleString('en')} characters from character ${near.start.toLocaleString('en')})` : near?.text;
      const hint = near
        ? ` Closest passage${near.typographicOnly ? ' (differs only in quote marks, dashes, case or spacing)' : ''}: ${shown}`
        : '';
      return [{ path: `${path}.quote`, message: `${owner}: the quote is not in ${where} word for word.${hint}` }];
    }
  }
}
