/**
 * Which part an unlettered passage of an action's row is about. A report's row may letter its
 * commitment ("a. ...", "b. ...") and then write its progress, or part of it, without letters
 * (an unlettered column, a "Nieuw:" or "Aanvullend:" section, a lead sentence before the
 * letters, a line in the "vindplaats" column). Such a sentence is about the action as a whole
 * unless its words say which part: it is given to the part whose lettered text in the same row
 * shares at least MIN_SHARED distinctive words with it and more than any other part does (to
 * several parts when they tie, as under a joint "b, c."), and a sentence that says too little
 * on its own continues the part of the sentence before it in the same block (a bullet, a
 * paragraph, a cell). A sentence that matches every part, or none and follows none, stays with
 * the action.
 *
 * A word is distinctive when it is no Dutch function word, no number, and (in a report of
 * many rows) occurs in few of the rows: "techniek", "scholen" or "nieuw" say nothing of which
 * part is meant. Words are compared by a crude Dutch stem (plural and inflection endings off,
 * a doubled final consonant or vowel made single), so "sectorplan" meets "sectorplannen" and
 * "regionaal" meets "regionale".
 */
import { foldText } from '../../graph/text-folding.ts';

/** Shared distinctive words a sentence needs to be given to a part on its own. */
export const MIN_SHARED = 2;

/**
 * A word in more than this share of the rows is not distinctive; applied only when the text
 * has at least MIN_ROWS_FOR_SPREAD rows (a short text has too few rows to tell).
 */
const MAX_ROW_SHARE = 0.25;
const MIN_ROWS_FOR_SPREAD = 8;

/** Dutch function words, auxiliaries and the commonest adverbs and adjectives. */
const STOPWORDS = new Set(
  (
    'aan al alle alleen als andere ander anderen bij binnen daar daarbij daarmee daarnaast dan dat de deze die dit door ' +
    'een eigen en er ervoor gaat gaan geen hebben heeft hem hen het hier hierbij hiermee hiervoor hoe hun ' +
    'ieder in is jaar jaarlijks je kan kunnen komt komen maar meer met mogelijk moet moeten na naar niet nieuw nog nu ' +
    'of om onder ons ook op over per sinds te ten ter tot tussen twee u uit van vanaf vanuit veel via voor ' +
    'waar waarbij waarin wat wel werd werden wie wij wil worden wordt ze zal zich zij zijn zo zoals zou zullen ' +
    'zowel dus echter nadat omdat terwijl waardoor welke deel onderdeel goed gericht'
  )
    .split(' ')
    .map(stem),
);

/** A crude Dutch stem of a folded word. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('en')) w = w.slice(0, -2);
  else if (w.length > 4 && /[es]$/.test(w)) w = w.slice(0, -1);
  // "plann" -> "plan", "regionaal" -> "regional"
  w = w.replace(/([^aeiou])\1$/, '$1').replace(/([aou])\1([^aeiou])$/, '$1$2');
  return w;
}

/** The distinctive-word candidates of a text: stems of folded words, no numbers, no stopwords. */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  // Tags are layout, not words ("<ul style=...>").
  for (const word of foldText(text.replace(/<[^>]*>/g, ' ')).split(' ')) {
    if (word.length < 3 || /^\d+$/.test(word)) continue;
    const s = stem(word);
    if (s.length >= 3 && !STOPWORDS.has(s)) words.add(s);
  }
  return words;
}

/** Which words are too common across the rows to tell parts apart. */
export function commonWords(rowTexts: readonly string[]): Set<string> {
  const common = new Set<string>();
  if (rowTexts.length < MIN_ROWS_FOR_SPREAD) return common;
  const rows = new Map<string, number>();
  for (const text of rowTexts) for (const w of wordsOf(text)) rows.set(w, (rows.get(w) ?? 0) + 1);
  for (const [w, n] of rows) if (n > MAX_ROW_SHARE * rowTexts.length) common.add(w);
  return common;
}

/** How many distinctive words (not in `common`) two word sets share. */
export function sharedWords(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  common: ReadonlySet<string>,
): number {
  let shared = 0;
  for (const w of a) if (!common.has(w) && b.has(w)) shared += 1;
  return shared;
}

/**
 * The parts (keys of `partWords`) a sentence's words point to: those sharing the most
 * distinctive words, when that is at least MIN_SHARED and not every part; else none.
 */
export function partsNamedBy<K>(
  sentenceWords: ReadonlySet<string>,
  partWords: ReadonlyMap<K, ReadonlySet<string>>,
  common: ReadonlySet<string>,
): K[] {
  let best = 0;
  let chosen: K[] = [];
  for (const [part, words] of partWords) {
    const shared = sharedWords(sentenceWords, words, common);
    if (shared > best) {
      best = shared;
      chosen = [part];
    } else if (shared === best && shared > 0) chosen.push(part);
  }
  if (best < MIN_SHARED || chosen.length === partWords.size) return [];
  return chosen;
}
