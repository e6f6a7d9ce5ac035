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
    const kind = kindAt(text, i);
    const width = kind.width;
    if (kind.space) {
      i += width;
      continue;
    }
    if (!kind.word) {
      const ch = text.slice(i, i + width);
      tokens.push({ start: i, end: i + width, folded: PLAIN[ch] ?? foldWord(ch), word: false });
      i += width;
      continue;
    }
    const start = i;
    i += width;
    for (let next = kindAt(text, i); i < text.length && next.word; next = kindAt(text, i)) i += next.width;
    const raw = text.slice(start, i);
    tokens.push({ start, end: i, folded: raw.length > LONGEST_WORD ? raw : foldWord(raw), word: true });
  }
  return tokens;
}

interface CharKind {
  word: boolean;
  space: boolean;
  /** 2 for a character outside the Basic Multilingual Plane. */
  width: number;
}

const WORD: CharKind = { word: true, space: false, width: 1 };
const BLANK: CharKind = { word: false, space: true, width: 1 };
const MARK: CharKind = { word: false, space: false, width: 1 };

/** What the character at `i` is: ASCII by its code (most text, and ten times faster), the rest by Unicode class. */
function kindAt(text: string, i: number): CharKind {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return BLANK;
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return WORD;
    return code === 32 || (code >= 9 && code <= 13) ? BLANK : MARK;
  }
  const ch = String.fromCodePoint(text.codePointAt(i) ?? code);
  return { word: WORD_CHAR.test(ch), space: SPACE.test(ch), width: ch.length };
}

/** The folded tokens of a name, or none when it holds no word (a name of only punctuation would match every comma). */
export function nameTokens(name: string): string[] {
  const tokens = wordTokens(name);
  return tokens.some((t) => t.word) ? tokens.map((t) => t.folded) : [];
}
