import { anchorQuote } from '../anchoring/anchorQuote';
import { closestPassage } from '../anchoring/closestPassage';
import type { Evidence, Problem, Story, StoryEdge, StoryNode, TourStep } from './types';

/** Checks what a schema cannot: unique ids, edge ends, evidence paragraphs, and that every quote anchors exactly once. */
export function checkIntegrity(story: Story): Problem[] {
  const problems: Problem[] = [];
  const paragraphs = new Map<string, string>();
  story.article.paragraphs.forEach((p, i) => {
    if (paragraphs.has(p.id)) problems.push({ path: `article.paragraphs[${i}].id`, message: `Paragraph id "${p.id}" is used twice.` });
    else paragraphs.set(p.id, p.text);
  });

  // Who first took each id, as an index (edges counted after the nodes); paths are written only for a problem.
  const ids = new Map<string, number>();
  const nodeCount = story.nodes.length;
  const where = (claim: number) => (claim < nodeCount ? `nodes[${claim}].id` : `edges[${claim - nodeCount}].id`);
  const claim = (id: string, at: number) => {
    const earlier = ids.get(id);
    if (earlier !== undefined) problems.push({ path: where(at), message: `Id "${id}" is already used at ${where(earlier)}; node and edge ids must be unique.` });
    else ids.set(id, at);
  };
  story.nodes.forEach((node, i) => claim(node.id, i));
  story.edges.forEach((edge, i) => claim(edge.id, nodeCount + i));

  // Nodes claim first, so an id is a node's exactly when its first claim is.
  const isNode = (id: string) => (ids.get(id) ?? nodeCount) < nodeCount;
  story.edges.forEach((edge, i) => {
    if (!isNode(edge.source)) problems.push(danglingEnd(edge, i, 'source'));
    if (!isNode(edge.target)) problems.push(danglingEnd(edge, i, 'target'));
  });

  const checkEvidence = (element: StoryNode | StoryEdge, kind: 'Node' | 'Edge', base: string) => {
    const owner = `${kind} "${element.id}"`;
    if (element.evidence.length === 0) problems.push({ path: `${base}.evidence`, message: `${owner} needs at least one evidence quote.` });
    element.evidence.forEach((item, k) => problems.push(...checkEvidenceItem(item, paragraphs, owner, `${base}.evidence[${k}]`)));
  };
  // Most elements are fine: they cost a lookup and a search per quote, and no problem text is written for them.
  const fine = (element: StoryNode | StoryEdge) => element.evidence.length > 0 && element.evidence.every((item) => anchors(item, paragraphs));
  story.nodes.forEach((node, i) => {
    if (!fine(node)) checkEvidence(node, 'Node', `nodes[${i}]`);
  });
  story.edges.forEach((edge, i) => {
    if (!fine(edge)) checkEvidence(edge, 'Edge', `edges[${i}]`);
  });
  if (story.steps) problems.push(...checkSteps(story.steps, ids, paragraphs));
  return problems;
}

function danglingEnd(edge: StoryEdge, i: number, end: 'source' | 'target'): Problem {
  return { path: `edges[${i}].${end}`, message: `Edge "${edge.id}" ${end} "${edge[end]}" is not a node of this story.` };
}

/** Tour steps may only name things the story has. */
function checkSteps(steps: TourStep[], elementIds: ReadonlyMap<string, unknown>, paragraphs: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  steps.forEach((step, i) => {
    const where = `steps[${i}]`;
    (step.focus ?? []).forEach((id, k) => {
      if (!elementIds.has(id)) problems.push({ path: `${where}.focus[${k}]`, message: `Step ${i + 1} focuses "${id}", which is not a node or edge of this story.` });
    });
    if (step.select !== undefined && !elementIds.has(step.select)) {
      problems.push({ path: `${where}.select`, message: `Step ${i + 1} selects "${step.select}", which is not a node or edge of this story.` });
    }
    if (step.paragraph !== undefined && !paragraphs.has(step.paragraph)) {
      problems.push({ path: `${where}.paragraph`, message: `Step ${i + 1} scrolls to paragraph "${step.paragraph}", which the article does not have.` });
    }
  });
  return problems;
}

/** True when the quote stands exactly once in the paragraph it cites. */
function anchors(item: Evidence, paragraphs: ReadonlyMap<string, string>): boolean {
  const text = paragraphs.get(item.paragraph);
  return text !== undefined && anchorQuote(text, { exact: item.quote, prefix: item.prefix, suffix: item.suffix }).ok;
}

function checkEvidenceItem(item: Evidence, paragraphs: ReadonlyMap<string, string>, owner: string, path: string): Problem[] {
  const text = paragraphs.get(item.paragraph);
  if (text === undefined) {
    return [{ path: `${path}.paragraph`, message: `${owner} cites paragraph "${item.paragraph}", which the article does not have.` }];
  }
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
      const near = closestPassage(text, item.quote);
      const hint = near
        ? ` Closest passage${near.typographicOnly ? ' (differs only in quote marks, dashes, case or spacing)' : ''}: ${near.text}`
        : '';
      return [{ path: `${path}.quote`, message: `${owner}: the quote is not in ${where} word for word.${hint}` }];
    }
  }
}
