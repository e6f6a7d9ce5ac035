import type { Story } from '../story/types';

/*
 * The checks word their problems for a story file's author (`Edge "ben-leads-northland" needs at least one evidence
 * quote`). The studio's curator never sees an id or the word "edge": this rewords a problem with the names the
 * studio shows, and says what to do where it can.
 */

/**
 * Rewords problems of one story as the studio lists them. Made once per story (a list of a thousand problems in a
 * story of 50,000 nodes looks each name up, rather than indexing the story once per problem).
 */
export function curatorWords(story: Story): (message: string) => string {
  const nodes = new Map(story.nodes.map((n) => [n.id, n.label]));
  const edges = new Map(story.edges.map((e) => [e.id, e]));
  const paragraphs = new Map(story.article.paragraphs.map((p, i) => [p.id, i + 1]));
  const nodeName = (id: string) => nodes.get(id) ?? id;
  return (message) =>
    message
      .replace(/\bNode "([^"]*)"/g, (_all, id: string) => `Node “${nodeName(id)}”`)
      .replace(/\bEdge "([^"]*)"/g, (_all, id: string) => {
        const edge = edges.get(id);
        return edge ? `Relation “${nodeName(edge.source)} ${edge.label} ${nodeName(edge.target)}”` : `Relation “${id}”`;
      })
      .replace(/\b(source|target) "([^"]*)" is not a node of this story/g, (_all, end: string, id: string) => `${end === 'source' ? 'starts from' : 'ends at'} “${id}”, which is not a node of this story`)
      .replace(/\bparagraph "([^"]*)"/g, (all, id: string) => {
        const number = paragraphs.get(id);
        return number === undefined ? all : `paragraph ${number}`;
      })
      .replace(/needs at least one evidence quote\./g, 'needs at least one quote: select words in the article that support it, then “Add as evidence”.');
}

/** What the problems list says when it is empty: a story with nothing in it has passed nothing yet. */
export function noProblemsText(story: Story): string {
  if (story.nodes.length === 0) return 'Nothing to check yet: the story has no nodes. Select words in the article to make the first one.';
  return 'None: every node and relation has its quotes, and each quote is word for word in the article. The story can be exported.';
}
