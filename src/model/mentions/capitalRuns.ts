import { CALENDAR_WORDS, EVENT_WORDS, FUNCTION_WORDS, NATION_WORDS, ORGANISATION_WORDS, PLACE_WORDS, TITLE_WORDS } from './nameWords';
import { looksLikeDemonym, looksLikeIsm, looksLikeIst, nameType, type ArticleFacts } from './nameType';
import { touching, type Word } from './sentenceWords';

/** A name found in a sentence: its span, the label to suggest when it differs from the words, and a proposed type. */
export interface Candidate {
  start: number;
  end: number;
  /** Set when the suggestion is named otherwise than the words ("Communism" for "communist"). */
  label?: string;
  type: string | undefined;
}

/** Lower-case words that join the capitalised words of one name: Ministry of Foreign Affairs, Charles de Gaulle. */
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'da', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'la', 'le']);

const belief = (w: Word | undefined) => w !== undefined && (looksLikeIsm(w.folded) || looksLikeIst(w.folded));
const singleCapital = (w: Word | undefined) => w !== undefined && /^\p{Lu}$/u.test(w.raw);

/** The index of the last word of the capitalised run that starts at `i`. */
function runEnd(words: readonly Word[], i: number): number {
  let last = i;
  let k = i + 1;
  for (;;) {
    const next = words[k];
    if (!next || next.used) return last;
    if (next.cap) {
      last = k++;
    } else if (next.raw === '.' && singleCapital(words[k - 1]) && touching(words[k - 1], next)) {
      last = k++;
    } else if (next.folded === '-' && touching(words[k - 1], next) && touching(next, words[k + 1])) {
      const joined = hyphenated(words, k);
      if (joined === -1) return last;
      last = joined;
      k = joined + 1;
    } else if (next.folded === "'" && touching(words[k - 1], next) && words[k + 1]?.folded === 's' && touching(next, words[k + 1]) && namesAnInstitution(words, k + 2)) {
      // "Korean People’s Army", "People’s Republic of China"; but "Russia’s Far East" is two names.
      last = k + 2;
      k += 3;
    } else if (next.word && CONNECTORS.has(next.raw)) {
      const m = words[k + 1]?.raw === 'the' ? k + 2 : k + 1;
      // "Group of 20" ends with its number.
      if (next.raw === 'of' && /^\d+$/.test(words[m]?.raw ?? '')) return m;
      if (!words[m]?.cap || words[m]?.used) return last;
      // "Ministry of Foreign Affairs", "Great Hall of the People"; but "Anna Berg of Northland" is two names.
      if (next.raw === 'of' && !namesAnInstitution(words, i, k)) return last;
      last = m;
      k = m + 1;
    } else return last;
  }
}

/** Connectors of hyphenated place names: Komsomolsk-on-Amur, Stratford-upon-Avon, Aix-en-Provence. */
const HYPHEN_CONNECTORS = new Set(['on', 'upon', 'sur', 'am', 'an', 'en', 'de', 'la', 'le', 'les', 'di', 'del']);

/**
 * The last word a hyphen at `k` joins to the run before it, or -1: Marxist-Leninist (two beliefs), Covid-19 (a
 * number), Komsomolsk-on-Amur, and two names before an event ("Kim–Putin summit"). "China-DPRK relations" stays two.
 */
function hyphenated(words: readonly Word[], k: number): number {
  const after = words[k + 1];
  if (!after || after.used) return -1;
  if (after.cap && belief(words[k - 1]) && belief(after)) return k + 1;
  if (/^\d+$/.test(after.raw)) return k + 1;
  if (HYPHEN_CONNECTORS.has(after.raw) && words[k + 2]?.folded === '-' && touching(after, words[k + 2]) && touching(words[k + 2], words[k + 3]) && words[k + 3]?.cap) return k + 3;
  const noun = words[k + 2];
  if (after.cap && noun?.word && !noun.cap && EVENT_WORDS.has(noun.folded)) return k + 1;
  return -1;
}

/** True when the capitalised words from `k` on (up to `end`) hold an organisation's, nation's, place's or event's word. */
function namesAnInstitution(words: readonly Word[], k: number, end = words.length): boolean {
  for (let m = k; m < end && words[m]?.cap; m++) {
    const f = words[m]?.folded ?? '';
    if (ORGANISATION_WORDS.has(f) || NATION_WORDS.has(f) || PLACE_WORDS.has(f) || EVENT_WORDS.has(f)) return true;
  }
  return false;
}

/**
 * Names written in capitals in one sentence: runs of capitalised words (joined by "of", "of the", "de"…, dotted
 * acronyms, Marxist-Leninist compounds), less what only a sentence start capitalises, titles ("President" names the
 * person after it) and calendar words. A demonym before a group, event or organisation noun names that
 * ("North Korean attendants", "Western sanctions", "Russian invasion of Ukraine"). Marks the words it takes.
 */
export function capitalRuns(words: Word[], facts: ArticleFacts): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first?.cap || first.used) continue;
    const end = runEnd(words, i);
    const run = words.slice(i, end + 1);
    for (const w of run) w.used = true;
    found.push(...namesOfRun(run, words[i - 1], words, end, facts));
    i = end;
  }
  return found;
}

function namesOfRun(whole: Word[], before: Word | undefined, words: Word[], end: number, facts: ArticleFacts): Candidate[] {
  let run = whole;
  // Words capitalised only for where they stand: "The", "Despite", "Beginning", "Thursday".
  while (run[0] && (FUNCTION_WORDS.has(run[0].folded) || CALENDAR_WORDS.has(run[0].folded) || CONNECTORS.has(run[0].folded))) run = run.slice(1);
  while (run.length > 0 && CALENDAR_WORDS.has(run[run.length - 1]?.folded ?? '')) run = run.slice(0, -1);
  const head = run[0];
  if (!head) return [];
  // A lone capitalised word opening a sentence is a name only if the article capitalises it elsewhere too.
  if (run.length === 1 && head.opens && !facts.midCaps.has(head.folded)) return [];
  const after = words[end + 1];
  if (run.filter((w) => w.word).every(belief) && after?.word && !after.cap && run.some((w) => looksLikeIst(w.folded))) return [beliefOf(run)];
  if (looksLikeDemonym(run[run.length - 1]?.folded ?? '') && after?.word && !after.cap) return demonymPhrase(run, words, end);
  // "Amur region", "Covid-19 pandemic", "Kim–Putin summit": a name and the kind of place or event it is.
  if (after?.word && !after.cap && !after.used && (EVENT_WORDS.has(after.folded) || PLACE_WORDS.has(after.folded))) {
    after.used = true;
    return [{ start: head.start, end: after.end, type: EVENT_WORDS.has(after.folded) ? 'event' : 'place' }];
  }
  const titled = splitTitle(run);
  if (titled) {
    const [heading, person] = titled;
    const headNames = heading.length > 0 && !looksLikeDemonym(heading[heading.length - 1]?.folded ?? '') ? [candidate(heading, nameType(heading, before, person[0], facts))] : [];
    return [...headNames, candidate(person, 'person')];
  }
  return [candidate(run, nameType(run, run === whole ? before : undefined, after, facts))];
}

function candidate(run: readonly Word[], type: string | undefined): Candidate {
  return { start: run[0]?.start ?? 0, end: run[run.length - 1]?.end ?? 0, type };
}

/** "Marxist-Leninist" names the belief Marxism-Leninism, "communist" communism. */
export function beliefOf(run: readonly Word[]): Candidate {
  const label = run.map((w) => (w.word ? w.raw.replace(/ist(ic)?$/i, 'ism') : '-')).join('');
  return { start: run[0]?.start ?? 0, end: run[run.length - 1]?.end ?? 0, label, type: 'ideology' };
}

/** [the words before the title, the person's name after it], or null when the run is not a titled name. */
function splitTitle(run: readonly Word[]): [Word[], Word[]] | null {
  const named = (set: ReadonlySet<string>) => run.some((w) => set.has(w.folded));
  if (named(ORGANISATION_WORDS) || named(PLACE_WORDS) || named(EVENT_WORDS) || named(NATION_WORDS)) return null;
  let last = -1;
  run.forEach((w, k) => {
    if (TITLE_WORDS.has(w.folded)) last = k;
  });
  if (last === -1 || last === run.length - 1) return null;
  const firstTitle = run.findIndex((w) => TITLE_WORDS.has(w.folded));
  return [run.slice(0, firstTitle), run.slice(last + 1)];
}

/** A demonym and the lower-case noun after it, when that noun is a group (a plural), an event or an organisation. */
function demonymPhrase(run: Word[], words: Word[], end: number): Candidate[] {
  const noun = words[end + 1];
  if (!noun || noun.used || FUNCTION_WORDS.has(noun.folded)) return [];
  const plural = /[^su]s$/.test(noun.folded) && noun.folded.length >= 4;
  const type = EVENT_WORDS.has(noun.folded) ? 'event' : ORGANISATION_WORDS.has(noun.folded) ? 'organization' : plural ? 'group' : undefined;
  if (!type) return [];
  noun.used = true;
  let last = noun;
  const found: Candidate[] = [];
  // "the Russian invasion of Ukraine": an event's "of" and the capitalised name after it, itself a name too.
  if (type === 'event' && words[end + 2]?.raw === 'of' && words[end + 3]?.cap) {
    let k = end + 3;
    while (words[k]?.cap && !words[k]?.used) last = words[k++] ?? last;
    const object = words.slice(end + 3, k);
    for (const w of words.slice(end + 2, k)) w.used = true;
    found.push(candidate(object, undefined));
  }
  return [{ start: run[0]?.start ?? 0, end: last.end, type }, ...found];
}
