/** A word or a punctuation mark of a text: where it stands ([start, end) in UTF-16 code units) and its folded form. */
export interface WordToken {
  start: number;
  end: number;
  /** Lower case, without accents; curly quote marks and every dash as their plain ASCII forms. */
  folded: string;
  /** True for a run of letters and digits, false for one punctuation mark. */
  word: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const MARKS = /\p{M}/gu;

/** Typographic marks an article uses where a typed name has ASCII ones. */
const PLAIN: Record<string, string> = {
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", 'ʼ': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
};

/** A longer token costs more to fold and to hash and can never be part of a name (labels are at most 160 characters). */
const LONGEST_WORD = 200;

/** Latin letters with a stroke or ligatures, which have no accent for NFD to take off. */
const UNMARKED: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ı: 'i', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const UNMARKED_LETTERS = new RegExp(`[${Object.keys(UNMARKED).join('')}]`, 'g');

/** Folds one word: lower case and no accents, so "Ðoàn" and "doan" meet and "İstanbul" is "istanbul". */
export function foldWord(word: string): string {
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase();
  const plain = word.normalize('NFD').replace(MARKS, '').toLowerCase().normalize('NFD').replace(MARKS, '');
  return plain.replace(UNMARKED_LETTERS, (letter) => UNMARKED[letter] ?? letter);
}

/**
 * Cuts a text into words (runs of letters, digits and combining marks) and single punctuation marks, skipping spaces.
 * Matching names token by token makes every match whole words: "Kim" is found in "Kim’s" and "China-DPRK" but not
 * in "Kimilsungism". One pass, linear in the text; a word longer than any name is kept whole but never folded.
 */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    if (SPACE.test(ch)) {
      i += ch.length;
      continue;
    }
    if (!WORD_CHAR.test(ch)) {
      tokens.push({ start: i, end: i + ch.length, folded: PLAIN[ch] ?? foldWord(ch), word: false });
      i += ch.length;
      continue;
    }
    const start = i;
    i += ch.length;
    while (i < text.length) {
      const next = String.fromCodePoint(text.codePointAt(i) ?? 0);
      if (!WORD_CHAR.test(next)) break;
      i += next.length;
    }
    const raw = text.slice(start, i);
    tokens.push({ start, end: i, folded: raw.length > LONGEST_WORD ? raw : foldWord(raw), word: true });
  }
  return tokens;
}

/** The folded tokens of a name, or none when it holds no word (a name of only punctuation would match every comma). */
export function nameTokens(name: string): string[] {
  const tokens = wordTokens(name);
  return tokens.some((t) => t.word) ? tokens.map((t) => t.folded) : [];
}
