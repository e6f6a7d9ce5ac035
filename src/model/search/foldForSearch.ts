const ASCII = /^[ -~]*$/;

/** Lower case without diacritics, so "juche" finds "Juche" and "kimilsungism" finds "Kimilsungism–Kimjongilism". */
export function foldForSearch(s: string): string {
  // Printable ASCII has no marks to strip, and most names are just that: skip normalising them (6x faster).
  return ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A character after which a word starts: a space, hyphen or dash, an opening bracket or quotation mark. */
const WORD_BREAK = /[\s\-–—(“"']/;
const WORD_BREAKS = new RegExp(WORD_BREAK.source, 'g');

/** True when a word of `name` starts at `at` (never at 0: that is the whole name, ranked above any word). */
export function startsWord(name: string, at: number): boolean {
  return at > 0 && WORD_BREAK.test(name.charAt(at - 1));
}

/** Every position after the first where a word of `name` starts, ascending. */
export function wordStarts(name: string): number[] {
  const starts: number[] = [];
  for (const match of name.matchAll(WORD_BREAKS)) if (match.index + 1 < name.length) starts.push(match.index + 1);
  return starts;
}
