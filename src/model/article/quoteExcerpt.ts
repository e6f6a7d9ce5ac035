/** A quote with a little of its paragraph on either side, cut at word boundaries. */
export interface Excerpt {
  before: string;
  quote: string;
  after: string;
}

/** Shows up to `radius` characters of context around [start, end), with an ellipsis where text was cut. */
export function quoteExcerpt(text: string, start: number, end: number, radius = 90): Excerpt {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space !== -1 && space < start ? space + 1 : start;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : end;
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}
