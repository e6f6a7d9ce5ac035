import { EVENT_WORDS, IDEA_WORDS, NATION_WORDS, ORGANISATION_WORDS, PLACE_PREPOSITIONS, PLACE_WORDS, TITLE_WORDS } from './nameWords';
import type { Word } from './sentenceWords';

/** What the article as a whole says about names: which words it capitalises mid-sentence, and its demonyms. */
export interface ArticleFacts {
  /** Folded words seen capitalised where a sentence does not force it. */
  midCaps: Set<string>;
  /** Folded capitalised words that look like demonyms ("Chinese"), to tell nations ("China") from other names. */
  demonyms: Set<string>;
}

/** A word that ends like a nationality or a side of the world: Chinese, Korean, Russian, American, Western, British. */
export function looksLikeDemonym(folded: string): boolean {
  return folded.length >= 5 && /(ese|ian|ean|can|ern|ish|ench|utch|eli|aqi|udi|ani)$/.test(folded);
}

/** A word that ends like a belief or its follower: Marxism, communist, capitalistic. */
export const looksLikeIsm = (folded: string): boolean => folded.length >= 6 && folded.endsWith('ism');
export const looksLikeIst = (folded: string): boolean => folded.length >= 7 && /(ist|istic)$/.test(folded);

/** An all-capital acronym (CPC, DPRK) or a dotted one (U.S.). */
export const isAcronym = (words: readonly Word[]): boolean =>
  (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]?.raw ?? '')) || (words.length >= 3 && words.every((w) => /^(\p{Lu}|\.)$/u.test(w.raw)));

/** True when a demonym of the article shares the name's stem: "China" and "Chinese", "Russia" and "Russian". */
function hasDemonym(folded: string, demonyms: ReadonlySet<string>): boolean {
  for (const demonym of demonyms) {
    let common = 0;
    while (common < folded.length && folded[common] === demonym[common]) common++;
    if (common >= 4 && common >= folded.length - 1) return true;
  }
  return false;
}

/**
 * A proposed type for a capitalised name where it stands, from its words and the words around it, or undefined when
 * nothing says (the suggestion then takes the type most of its occurrences say, or "person").
 */
export function nameType(words: readonly Word[], before: Word | undefined, after: Word | undefined, facts: ArticleFacts): string | undefined {
  const folded = words.filter((w) => w.word).map((w) => w.folded);
  const has = (set: ReadonlySet<string>) => folded.some((f) => set.has(f));
  if (folded.some(looksLikeIsm) || (after && IDEA_WORDS.has(after.folded))) return 'ideology';
  if (has(ORGANISATION_WORDS)) return 'organization';
  if (has(EVENT_WORDS)) return 'event';
  if (has(PLACE_WORDS)) return 'place';
  if (has(NATION_WORDS) || (folded.length === 1 && hasDemonym(folded[0] ?? '', facts.demonyms))) return 'nation';
  if (/^(north|south|east|west)$/.test(folded[0] ?? '') && folded.length === 2) return 'nation';
  if (isAcronym(words)) return words.length >= 3 ? 'nation' : 'organization';
  if (before && TITLE_WORDS.has(before.folded)) return 'person';
  if (before && PLACE_PREPOSITIONS.has(before.folded)) return 'place';
  return undefined;
}
