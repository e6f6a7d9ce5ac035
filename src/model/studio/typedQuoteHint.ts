import { closestPassage } from '../anchoring/closestPassage';

/** Straight and curly quote marks as one. */
const foldQuoteMarks = (text: string) => text.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');

/** Why typed words did not match the paragraph, when it is only typography, and the paragraph's own words. */
export interface TypedQuoteHint {
  /** `quote-marks`: only straight vs curly quote marks differ; `typography`: also case, dashes or spacing. */
  difference: 'quote-marks' | 'typography';
  /** The words as the article has them: what the quote should be. */
  passage: string;
}

/**
 * Typed words that are not in the paragraph word for word but would be, but for typography: most often straight
 * quote marks (" ') typed for the article's curly ones (“ ” ’). Null when the difference is in the words.
 */
export function typedQuoteHint(paragraph: string, typed: string): TypedQuoteHint | null {
  const near = closestPassage(paragraph, typed);
  if (!near?.typographicOnly) return null;
  return { difference: foldQuoteMarks(near.text) === foldQuoteMarks(typed) ? 'quote-marks' : 'typography', passage: near.text };
}

/** What the studio says about such words. */
export function typedQuoteHintText(hint: TypedQuoteHint): string {
  return hint.difference === 'quote-marks'
    ? `Not in that paragraph word for word: only the quote marks differ. The article has curly quote marks (“ ” ‘ ’) where you typed straight ones (" '): “${hint.passage}”.`
    : `Not in that paragraph word for word: the article writes it with different capitals, dashes or spaces: “${hint.passage}”.`;
}
