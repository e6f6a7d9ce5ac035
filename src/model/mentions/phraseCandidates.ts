import { beliefOf, type Candidate } from './capitalRuns';
import { EVENT_WORDS, NOT_BELIEFS, NOT_IDEOLOGIES, NOT_MODIFIERS } from './nameWords';
import { looksLikeIsm, looksLikeIst } from './nameType';
import { touching, type Word } from './sentenceWords';

const isIdeology = (w: Word | undefined) => w !== undefined && w.word && looksLikeIsm(w.folded) && !NOT_IDEOLOGIES.has(w.folded);
const isBelief = (w: Word | undefined) => w !== undefined && w.word && looksLikeIst(w.folded) && !NOT_BELIEFS.has(w.folded);
const isQuoteMark = (w: Word | undefined) => w !== undefined && !w.word && w.folded === '"';

/** A doctrine in quotation marks, named from its first word: “socialism with Chinese characteristics”. Marks its words. */
export function quotedDoctrines(words: Word[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isQuoteMark(words[i]) || !isIdeology(words[i + 1])) continue;
    let k = i + 1;
    while (k < words.length && k - i <= 7 && words[k]?.word) k++;
    const inside = words.slice(i + 1, k);
    if (isQuoteMark(words[k]) && inside.length >= 2 && inside.length <= 6) {
      for (const w of inside) w.used = true;
      found.push({ start: inside[0]?.start ?? 0, end: inside[inside.length - 1]?.end ?? 0, type: 'ideology' });
    }
    i = k;
  }
  return found;
}

/**
 * Lower-case names of beliefs and events in one sentence: words in -ism ("socialism"), beliefs named by their
 * followers' adjective ("communist society" suggests Communism, "Marxist-Leninist" Marxism-Leninism), and an event
 * noun with the word that qualifies it ("bilateral meeting", "military parade") or the name it is "of".
 */
export function phraseCandidates(words: Word[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w?.word || w.used) continue;
    if (isIdeology(w) && !w.cap) found.push({ start: w.start, end: w.end, type: 'ideology' });
    if (isBelief(w) && !w.cap) {
      let k = i;
      while (words[k + 1]?.folded === '-' && touching(words[k], words[k + 1]) && isBelief(words[k + 2])) k += 2;
      const next = words[k + 1];
      if (next?.word && !next.cap) found.push(beliefOf(words.slice(i, k + 1)));
      i = k;
      continue;
    }
    if (!w.cap && EVENT_WORDS.has(w.folded)) {
      const event = eventPhrase(words, i);
      if (event) found.push(event);
    }
  }
  return found;
}

/** Words that join an event to what or where it is: the invasion of Ukraine, the war in Ukraine, the war against X. */
export const EVENT_OBJECTS = new Set(['of', 'in', 'against']);

function eventPhrase(words: Word[], i: number): Candidate | null {
  const noun = words[i];
  if (!noun) return null;
  const modifier = words[i - 1];
  const qualified = modifier?.word && !modifier.cap && !modifier.used && modifier.folded.length >= 4 && !NOT_MODIFIERS.has(modifier.folded) && !/ly$/.test(modifier.folded);
  let end = noun.end;
  if (EVENT_OBJECTS.has(words[i + 1]?.raw ?? '') && words[i + 2]?.cap) {
    let k = i + 2;
    while (words[k]?.cap) end = words[k++]?.end ?? end;
  } else if (!qualified) return null;
  return { start: qualified && modifier ? modifier.start : noun.start, end, type: 'event' };
}
