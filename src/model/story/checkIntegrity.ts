import { anchorQuote } from '../anchoring/anchorQuote';
import { closestPassage } from '../anchoring/closestPassage';
import type { Evidence, Problem, Story } from './types';

/** Checks what a schema cannot: unique ids, edge ends, evidence paragraphs, and that every quote anchors exactly once. */
export function checkIntegrity(story: Story): Problem[] {
  const problems: Problem[] = [];
  const paragraphs = new Map<string, string>();
  story.article.paragraphs.forEach((p, i) => {
    if (paragraphs.has(p.id)) problems.push({ path: `article.paragraphs[${i}].id`, message: `Paragraph id "${p.id}" is used twice.` });
    else paragraphs.set(p.id, p.text);
  });

  const ids = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const earlier = ids.get(id);
    if (earlier) problems.push({ path, message: `Id "${id}" is already used at ${earlier}; node and edge ids must be unique.` });
    else ids.set(id, path);
  };
  story.nodes.forEach((node, i) => claim(node.id, `nodes[${i}].id`));
  story.edges.forEach((edge, i) => claim(edge.id, `edges[${i}].id`));

  const nodeIds = new Set(story.nodes.map((n) => n.id));
  story.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) {
        problems.push({ path: `edges[${i}].${end}`, message: `Edge "${edge.id}" ${end} "${edge[end]}" is not a node of this story.` });
      }
    }
  });

  const checkEvidence = (evidence: Evidence[], owner: string, base: string) => {
    if (evidence.length === 0) problems.push({ path: `${base}.evidence`, message: `${owner} needs at least one evidence quote.` });
    evidence.forEach((item, k) => problems.push(...checkEvidenceItem(item, paragraphs, owner, `${base}.evidence[${k}]`)));
  };
  story.nodes.forEach((node, i) => checkEvidence(node.evidence, `Node "${node.id}"`, `nodes[${i}]`));
  story.edges.forEach((edge, i) => checkEvidence(edge.evidence, `Edge "${edge.id}"`, `edges[${i}]`));
  problems.push(...checkSteps(story, new Set(ids.keys()), paragraphs));
  return problems;
}

/** Tour steps may only name things the story has. */
function checkSteps(story: Story, elementIds: Set<string>, paragraphs: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  (story.steps ?? []).forEach((step, i) => {
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

function checkEvidenceItem(item: Evidence, paragraphs: Map<string, string>, owner: string, path: string): Problem[] {
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
